import type { UIField } from 'payload'

import { readEnv } from '@/lib/env'
import type { EmbedKind } from '@/lib/routes'

import { l } from './label'

/**
 * The "Share and embed" panel in the sidebar of projects and regions: feed URLs, widget snippets
 * and a live widget preview per language (src/cms/components/ShareEmbed). It gets SITE_URL as a
 * client prop so the snippets carry the public origin, not whichever host the admin is opened on.
 */
export function shareEmbedField(kind: EmbedKind): UIField {
  return {
    name: 'shareAndEmbed',
    type: 'ui',
    label: l('Share and embed', 'Поделиться и встроить', 'Мубодила ва ҷойгиркунӣ'),
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '@/cms/components/ShareEmbed/ShareEmbed.client#ShareEmbed',
          clientProps: { kind, siteUrl: readEnv().siteUrl },
        },
      },
    },
  }
}
