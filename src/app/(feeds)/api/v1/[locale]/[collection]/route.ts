import { listHandler, OPTIONS } from '@/app/(feeds)/publicApi'

/** `/api/v1/{locale}/{news|projects|regions}`: a page of published documents in one language. */
export const GET = listHandler
export { OPTIONS }
