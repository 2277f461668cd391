import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/news/atom.xml`: all news in one language. */
export const GET = feedHandler('atom', 'news')
