import type { UIField } from 'payload'

import type { EmbedKind } from '@/lib/routes'

import { l } from './label'

/**
 * The "Share and embed" panel in the sidebar of projects and regions: feed URLs, widget snippets
 * and a live widget preview per language (src/cms/components/ShareEmbed). `siteUrl` makes the
 * snippets absolute with the public origin, not the admin's.
 */
export function shareEmbedField(kind: EmbedKind, siteUrl: string): UIField {
  return {
    name: 'shareAndEmbed',
    type: 'ui',
    label: l('Share and embed', 'Поделиться и встроить', 'Мубодила ва ҷойгиркунӣ'),
    admin: {
      position: 'sidebar',
      components: {
        Field: { path: '@/cms/components/ShareEmbed/ShareEmbed.client#ShareEmbed', clientProps: { kind, siteUrl } },
      },
    },
  }
}
