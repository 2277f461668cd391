import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/news/atom.xml`: all news in one language. */
export const GET = feedHandler('atom', 'news')
