import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/lib/sameSite'

export const dynamic = 'force-dynamic'

/** `/preview/exit?path=`: leaves draft mode and returns to the page (same-site paths only). */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(sameSitePath(new URL(request.url).searchParams.get('path') ?? '/') ?? '/')
}
