import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/projects/{slug}/feed.json`: the news of one project in one language. */
export const GET = feedHandler('json', 'projects')
