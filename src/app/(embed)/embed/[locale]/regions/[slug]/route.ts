import { embedHandler } from '@/feeds/endpoints/feeds'

/** `/embed/{locale}/regions/{slug}`: the widget partners frame (`?limit=1-20`, `?theme=light|dark`). */
export const GET = embedHandler('regions')
