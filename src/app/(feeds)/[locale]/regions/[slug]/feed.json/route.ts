import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/regions/{slug}/feed.json`: the news of one region in one language. */
export const GET = feedHandler('json', 'regions')
