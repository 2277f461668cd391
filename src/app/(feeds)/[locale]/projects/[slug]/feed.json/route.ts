import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/projects/{slug}/feed.json`: the news of one project in one language. */
export const GET = feedHandler('json', 'projects')
