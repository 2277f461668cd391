import type { Access } from 'payload'

/** Public reads of collections that have no drafts (regions, contacts, media, the Site global). */
export const anyone: Access = () => true
