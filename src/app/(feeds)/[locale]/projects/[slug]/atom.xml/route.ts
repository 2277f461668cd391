import { feedHandler } from '@/app/(feeds)/handlers'

/** `/{locale}/projects/{slug}/atom.xml`: the news of one project in one language. */
export const GET = feedHandler('atom', 'projects')
