import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/news/feed.json`: all news in one language. */
export const GET = feedHandler('json', 'news')
