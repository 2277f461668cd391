import { seoPlugin } from '@payloadcms/plugin-seo'
import { MetaDescriptionField, MetaImageField, MetaTitleField, OverviewField, PreviewField } from '@payloadcms/plugin-seo/fields'
import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { CollectionConfig, Field, Plugin, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { deepMergeSimple, text, textarea } from 'payload/shared'

import { isLocale } from '@/i18n/locales'
import { readEnv } from '@/lib/env'
import { absoluteUrl, documentRoute, type Section } from '@/lib/routes'
import { plainText } from '@/lib/plainText'

import { NEWS } from '../collections/News'
import { PROJECTS } from '../collections/Projects'
import { REGIONS } from '../collections/Regions'
import { l } from '../fields/label'
import tgPluginSeo from '../i18n/tg/pluginSeo.json'

/** The collections with their own search-engine title, description and share image per language. */
export const SEO_COLLECTIONS: readonly Section[] = [NEWS, PROJECTS, REGIONS]

/** The longest suggested description: the plugin's own recommended maximum. */
export const DESCRIPTION_SUGGESTION_MAX = 150

// What an editor types stays bounded; the limits are those of the title and summary fields.
// (Not `maxLength`: the plugin would show it as the recommended length.)
const boundedTitle: TextFieldSingleValidation = (value, options) => text(value, { ...options, maxLength: 200 })
const boundedDescription: TextareaFieldValidation = (value, options) => textarea(value, { ...options, maxLength: 600 })

/** The fields a suggestion is made from, as the admin form sends them (current language only). */
export type SeoSource = { title?: unknown; name?: unknown; summary?: unknown; body?: unknown; intro?: unknown; cover?: unknown; slug?: unknown }

const clean = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '')

/** `value` cut at a word boundary to at most `max` characters, marked with an ellipsis when cut. */
export function shorten(value: string, max: number): string {
  if (value.length <= max) return value
  return `${value.slice(0, max - 2).replace(/\s+\S*$/, '')} …`
}

/** Suggested meta title: the document's title (news, projects) or name (regions). */
export const suggestTitle: GenerateTitle<SeoSource> = ({ doc }) => clean(doc?.title) || clean(doc?.name)

/** Suggested meta description: the summary, else the start of the text or introduction. */
export const suggestDescription: GenerateDescription<SeoSource> = ({ doc }) =>
  shorten(clean(doc?.summary) || clean(plainText(doc?.body)) || clean(plainText(doc?.intro)), DESCRIPTION_SUGGESTION_MAX)

/** Suggested share image: the cover image. */
export const suggestImage: GenerateImage<SeoSource> = ({ doc }) => {
  const cover = doc?.cover
  if (typeof cover === 'string' || typeof cover === 'number') return cover
  if (cover && typeof cover === 'object' && 'id' in cover && (typeof cover.id === 'string' || typeof cover.id === 'number')) return cover.id
  return ''
}

/** The public address shown in the admin's search-result preview, in the language being edited. */
export const suggestURL: GenerateURL<SeoSource> = ({ doc, locale, collectionConfig }) => {
  const section = SEO_COLLECTIONS.find((slug) => slug === collectionConfig?.slug)
  const slug = clean(doc?.slug)
  if (!section || !slug || !isLocale(locale)) return ''
  return absoluteUrl(readEnv().siteUrl, documentRoute(section, locale, slug))
}

const metaLabel = l('Search engines and shared links', 'Поисковики и ссылки в соцсетях', 'Ҷустуҷӯгарҳо ва пайвандҳо дар шабакаҳо')
const metaDescription = l(
  'How this page appears in search results and shared links, in the language being edited. Optional.',
  'Как страница выглядит в поиске и в ссылках в соцсетях, на языке, который сейчас редактируется. Необязательно.',
  'Саҳифа дар натиҷаҳои ҷустуҷӯ ва пайвандҳо дар шабакаҳо чӣ гуна намоён мешавад, бо забоне, ки ҳоло таҳрир мешавад. Ихтиёрӣ.',
)

/** The plugin's image field with our label and description (its own admin options kept). */
function shareImageField(): Field {
  const field = MetaImageField({
    hasGenerateFn: true,
    relationTo: 'media',
    overrides: { label: l('Image for shared links', 'Картинка для ссылок в соцсетях', 'Тасвир барои пайвандҳо дар шабакаҳо') },
  })
  const description = l(
    'Shown when the page is shared in messengers and social networks; a wide image works best (1200 × 630 pixels).',
    'Показывается, когда страницей делятся в мессенджерах и соцсетях; лучше всего подходит широкая картинка (1200 × 630 пикселей).',
    'Ҳангоми мубодилаи саҳифа дар паёмрасонҳо ва шабакаҳои иҷтимоӣ нишон дода мешавад; тасвири паҳн (1200 × 630 пиксел) беҳтар аст.',
  )
  // Set on the field the plugin just built, so its admin component stays in place.
  if (field.admin) field.admin.description = description
  return field
}

/** The plugin's fields with our labels and bounds (its own are English-only strings). */
function seoFields(): Field[] {
  return [
    OverviewField({}),
    MetaTitleField({
      hasGenerateFn: true,
      overrides: {
        label: l('Title for search engines', 'Заголовок для поисковиков', 'Сарлавҳа барои ҷустуҷӯгарҳо'),
        validate: boundedTitle,
      },
    }),
    MetaDescriptionField({
      hasGenerateFn: true,
      overrides: {
        label: l('Description for search engines', 'Описание для поисковиков', 'Тавсиф барои ҷустуҷӯгарҳо'),
        validate: boundedDescription,
      },
    }),
    shareImageField(),
    PreviewField({ hasGenerateFn: true }),
  ]
}

/** Gives the plugin's `meta` group our three-language label (the plugin hard-codes "SEO"). */
function labelMetaGroup(collection: CollectionConfig): CollectionConfig {
  if (!SEO_COLLECTIONS.some((slug) => slug === collection.slug)) return collection
  const fields = collection.fields.map((field) =>
    field.type === 'group' && 'name' in field && field.name === 'meta' ? { ...field, label: metaLabel, admin: { ...field.admin, description: metaDescription } } : field,
  )
  return { ...collection, fields }
}

const addSeo = seoPlugin({
  collections: [...SEO_COLLECTIONS],
  uploadsCollection: 'media',
  // Not tabbed: our documents are one column plus a sidebar, and the plugin's tabs would pull
  // the sidebar fields (slug, dates, regions) into a tab. The group goes under the main fields.
  tabbedUI: false,
  interfaceName: 'SeoMeta',
  fields: seoFields,
  generateTitle: suggestTitle,
  generateDescription: suggestDescription,
  generateImage: suggestImage,
  generateURL: suggestURL,
})

/**
 * @payloadcms/plugin-seo on news, projects and regions: a localized `meta` group (title,
 * description, image) at the end of the form, with suggestions from the document. The plugin
 * translates its own strings into English and Russian; its Tajik travels with it here.
 */
export const seo: Plugin = (config) => {
  const translations = deepMergeSimple(config.i18n?.translations ?? {}, { tg: { 'plugin-seo': tgPluginSeo } })
  const withSeo = addSeo({ ...config, i18n: { ...config.i18n, translations } })
  return { ...withSeo, collections: withSeo.collections?.map(labelMetaGroup) }
}
