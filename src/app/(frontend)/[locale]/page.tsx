import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/layout/PageShell'
import { NewsGrid } from '@/components/news/NewsCard'
import { ProjectGrid } from '@/components/projects/ProjectCard'
import { RegionList } from '@/components/regions/RegionCard'
import { RichText } from '@/components/RichText'
import { JsonLd, organizationLd } from '@/components/seo/JsonLd'
import { SectionHeader } from '@/components/ui/SectionHeader'
import { getLatestNews } from '@/data/news'
import { getProjects } from '@/data/projects'
import { getRegions } from '@/data/regions'
import { getPageFrame, getSite } from '@/data/site'
import { siteUrl } from '@/lib/env'
import { pageLocale } from '@/lib/params'
import { alternatesOf, routes } from '@/lib/routes'

import { pageMetadata } from './seo'

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const site = await getSite(locale)
  const metadata = pageMetadata({ locale, title: site.name, description: site.tagline, paths: alternatesOf(routes.home), xDefault: '/' })
  // The home page's title is the site's name alone, without the layout's " · ASTI" template.
  return { ...metadata, title: { absolute: site.name } }
}

/** Home: a word about the organisation, latest news, current projects and the regions. */
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, frame, news, projects, regions] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getPageFrame(locale),
    getLatestNews(locale, 6),
    getProjects(locale, { status: ['ongoing', 'planned'], limit: 3 }),
    getRegions(locale),
  ])
  const { site } = frame
  return (
    <PageShell locale={locale} frame={frame} alternates={alternatesOf(routes.home)} active="home">
      <JsonLd data={organizationLd(site, siteUrl(), locale)} />
      <section className="hero" aria-labelledby="home-title">
        <div className="container hero-inner">
          <h1 id="home-title">{site.name}</h1>
          {site.tagline ? <p className="hero-tagline">{site.tagline}</p> : null}
        </div>
      </section>

      <div className="container stack-xl">
        <section aria-labelledby="latest-news">
          <SectionHeader id="latest-news" title={t('latestNews')} more={{ href: routes.newsIndex(locale), label: t('allNews') }} />
          {news.length > 0 ? <NewsGrid items={news} locale={locale} /> : null}
        </section>

        <section aria-labelledby="current-projects">
          <SectionHeader id="current-projects" title={t('currentProjects')} more={{ href: routes.projectsIndex(locale), label: t('allProjects') }} />
          <ProjectGrid items={projects} locale={locale} />
        </section>

        <div className="split">
          <section aria-labelledby="about" className="about">
            <h2 id="about">{t('about')}</h2>
            <RichText data={site.about} locale={locale} />
          </section>
          <section aria-labelledby="where-we-work">
            <SectionHeader id="where-we-work" title={t('regions')} more={{ href: routes.regionsIndex(locale), label: t('allRegions') }} />
            <RegionList items={regions.filter((region) => !region.parent)} locale={locale} />
          </section>
        </div>
      </div>
    </PageShell>
  )
}
