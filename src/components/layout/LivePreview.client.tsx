'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Inside the admin's live preview: Payload's own `RefreshRouteOnSave` tells the admin the page
 * is ready, then re-renders the page from the server after each save or autosave.
 */
export function LivePreview({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
