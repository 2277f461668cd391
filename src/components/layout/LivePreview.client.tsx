'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview: tells the admin the page is ready, then re-renders the page
 * from the server after each save or autosave. This is the protocol of Payload's own
 * `RefreshRouteOnSave` (@payloadcms/live-preview-react), written out because that package is
 * not published at our Payload version and Payload refuses mixed versions of its packages.
 */
export function LivePreview({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === serverURL && data && typeof data === 'object' && data.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
