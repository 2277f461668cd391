import { embedHandler } from '@/app/(feeds)/handlers'

/** `/embed/{locale}/regions/{slug}`: the widget partners frame (`?limit=1-20`, `?theme=light|dark`). */
export const GET = embedHandler('regions')
