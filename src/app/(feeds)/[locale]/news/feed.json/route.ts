import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/news/feed.json`: all news in one language. */
export const GET = feedHandler('json', 'news')
