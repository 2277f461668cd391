import { itemHandler, OPTIONS } from '@/app/(feeds)/publicApi'

/** `/api/v1/{locale}/{news|projects|regions}/{slug}`: one published document in one language. */
export const GET = itemHandler
export { OPTIONS }
