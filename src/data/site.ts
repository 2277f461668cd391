import { getTranslations } from 'next-intl/server'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { routes } from '@/lib/routes'

import { payloadClient, publicRead } from './payload'
import { previewUser } from './preview'
import { contactView, richText } from './reshape'
import type { NavigationItem, PageFrame, SiteView } from './views'

const navigationHref: Record<NavigationItem['key'], (locale: Locale) => string> = {
  home: routes.home,
  news: (locale) => routes.newsIndex(locale),
  projects: routes.projectsIndex,
  regions: routes.regionsIndex,
  contacts: routes.contacts,
}

/** The sections the navigation shows when staff have not chosen any. */
const defaultNavigation: NavigationItem['key'][] = ['news', 'projects', 'regions', 'contacts']

/** The Site global in `locale`; read once per render however many parts of the page ask. */
export const getSite = cache(async (locale: Locale): Promise<SiteView> => {
  const payload = await payloadClient()
  const [site, t] = await Promise.all([
    payload.findGlobal({ slug: 'site', ...publicRead(locale), depth: 1 }),
    getTranslations({ locale, namespace: 'nav' }),
  ])
  const chosen = site.navigation?.length ? site.navigation.map((item) => ({ key: item.target, label: item.label })) : defaultNavigation.map((key) => ({ key, label: null }))
  return {
    name: site.name,
    shortName: site.shortName || null,
    tagline: site.tagline ?? null,
    about: richText(site.about),
    navigation: chosen.map(({ key, label }) => ({ key, label: label || t(key), href: navigationHref[key](locale) })),
    footerContacts: (site.footerContacts ?? []).flatMap((contact) => (typeof contact === 'object' ? [contactView(contact)] : [])),
    social: (site.social ?? []).map((link) => ({ network: link.network, url: link.url })),
  }
})

/** What the frame around every public page shows: the site, and whether this is a staff draft preview. */
export async function getPageFrame(locale: Locale): Promise<PageFrame> {
  const [site, preview] = await Promise.all([getSite(locale), previewUser()])
  return { site, preview: preview !== null }
}
