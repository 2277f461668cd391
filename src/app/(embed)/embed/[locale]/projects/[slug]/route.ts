import { embedHandler } from '@/feeds/endpoints/feeds'

/** `/embed/{locale}/projects/{slug}`: the widget partners frame (`?limit=1-20`, `?theme=light|dark`). */
export const GET = embedHandler('projects')
