import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/regions/{slug}/rss.xml`: the news of one region in one language. */
export const GET = feedHandler('rss', 'regions')
