/**
 * Cache tags of the data getters cached with `unstable_cache`. Payload's revalidation hooks
 * (src/cms/hooks/revalidate.ts) mark them when content changes. Pages are cached by path.
 */
export const cacheTags = {
  /**
   * What lists are made of: feeds, widgets, oEmbed answers, the public JSON API, search, the
   * sitemap, the news filter's years. After a change, readers get the previous answer while the
   * new one is computed in the background (stale-while-revalidate).
   */
  syndication: 'syndication',
  /**
   * Redirects (renamed documents' old addresses, staff-made ones): expired at once, so an old
   * address leads to the new one on the very next request.
   */
  redirects: 'redirects',
} as const

/** How long a cached syndication answer may live without a change (seconds); hooks expire it sooner. */
export const SYNDICATION_TTL = 3600
