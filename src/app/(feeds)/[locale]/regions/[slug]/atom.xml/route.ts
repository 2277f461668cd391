import { feedHandler } from '@/feeds/endpoints/feeds'

/** `/{locale}/regions/{slug}/atom.xml`: the news of one region in one language. */
export const GET = feedHandler('atom', 'regions')
