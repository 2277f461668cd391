import { listHandler, OPTIONS } from '@/feeds/endpoints/api'

/** `/api/v1/{locale}/{news|projects|regions}`: a page of published documents in one language. */
export const GET = listHandler
export { OPTIONS }
