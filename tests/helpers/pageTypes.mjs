// One page of each public type in a language, shared by the end-to-end tests and the benchmark
// (plain JavaScript so bench/*.mjs can import it). Documents are visited at their own slug there.

/**
 * The public page types, given a news item, a project and a region translated into every language.
 * @param {{ news: { slug: Record<string, string | undefined> }, project: { slug: Record<string, string | undefined> }, region: { slug: Record<string, string | undefined> } }} docs
 * @returns {(locale: string) => Record<string, string>}
 */
export function pageTypesOf({ news, project, region }) {
  return (locale) => ({
    home: `/${locale}`,
    'news list': `/${locale}/news`,
    'news item': `/${locale}/news/${news.slug[locale]}`,
    projects: `/${locale}/projects`,
    project: `/${locale}/projects/${project.slug[locale]}`,
    regions: `/${locale}/regions`,
    region: `/${locale}/regions/${region.slug[locale]}`,
    contacts: `/${locale}/contacts`,
  })
}
