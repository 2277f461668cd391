import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/news/rss.xml`: all news in one language. */
export const GET = feedHandler('rss', 'news')
