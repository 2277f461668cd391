import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/news/rss.xml`: all news in one language. */
export const GET = feedHandler('rss', 'news')
