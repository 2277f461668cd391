import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/regions/{slug}/rss.xml`: the news of one region in one language. */
export const GET = feedHandler('rss', 'regions')
