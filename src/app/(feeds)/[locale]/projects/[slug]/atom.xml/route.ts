import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/projects/{slug}/atom.xml`: the news of one project in one language. */
export const GET = feedHandler('atom', 'projects')
