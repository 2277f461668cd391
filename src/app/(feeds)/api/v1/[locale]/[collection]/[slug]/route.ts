import { itemHandler, OPTIONS } from '@/feeds/endpoints/api'

/** `/api/v1/{locale}/{news|projects|regions}/{slug}`: one published document in one language. */
export const GET = itemHandler
export { OPTIONS }
