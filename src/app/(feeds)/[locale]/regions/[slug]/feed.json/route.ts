import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/regions/{slug}/feed.json`: the news of one region in one language. */
export const GET = feedHandler('json', 'regions')
