import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/projects/{slug}/rss.xml`: the news of one project in one language. */
export const GET = feedHandler('rss', 'projects')
