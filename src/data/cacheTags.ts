/**
 * Cache tags of the data getters cached with `unstable_cache` (feeds, widgets, oEmbed, the public
 * JSON API). Payload's revalidation hooks expire them when content changes. Pages are cached by
 * path instead (src/cms/hooks/revalidate.ts).
 */
export const cacheTags = {
  /** Everything partners read: feeds, widgets, oEmbed answers and the public JSON API. */
  syndication: 'syndication',
} as const

/** How long a cached syndication answer may live without a change (seconds); hooks expire it sooner. */
export const SYNDICATION_TTL = 3600
