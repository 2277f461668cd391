/**
 * Shapes of the demo/seed content for the Newsroom site. Pure data: nothing in this folder
 * talks to the database. Keys are short kebab-case ids used for cross-references.
 */

/** A value per locale; English is always present, Russian nearly always, Tajik mostly. */
export type Localized<T = string> = { en: T; ru?: T; tg?: T }
/** Rich text as paragraphs; a string starting with '## ' is a level-2 heading, '- ' a bullet item. */
export type Paragraphs = string[]
export type RegionKind = 'province' | 'city' | 'district' | 'cross-border'
export type ContactKind = 'office' | 'partner' | 'donor' | 'network' | 'person'
export type ProjectStatus = 'planned' | 'ongoing' | 'completed'
export type Topic =
  | 'civil-society'
  | 'education'
  | 'youth'
  | 'peacebuilding'
  | 'poverty-reduction'
  | 'gender'
  | 'environment'
  | 'media'
  | 'governance'
/** `parent` is the key of another region. */
export interface SeedRegion {
  key: string
  name: Localized
  intro: Localized<Paragraphs>
  kind: RegionKind
  parent?: string
  latitude: number
  longitude: number
  order: number
}
/** `regions` are region keys. */
export interface SeedContact {
  key: string
  kind: ContactKind
  name: Localized
  description: Localized
  address?: Localized
  phones: string[]
  emails: string[]
  website?: string
  regions: string[]
}
/** `donors` and `partners` are contact keys, `regions` region keys; dates are ISO `YYYY-MM-DD`. */
export interface SeedProject {
  key: string
  title: Localized
  summary: Localized
  body: Localized<Paragraphs>
  status: ProjectStatus
  startDate: string
  endDate?: string
  donors: string[]
  partners: string[]
  regions: string[]
}
/** `regions` are region keys, `project` a project key; `publishedAt` is ISO `YYYY-MM-DD`. */
export interface SeedNews {
  key: string
  title: Localized
  summary: Localized
  body: Localized<Paragraphs>
  publishedAt: string
  regions: string[]
  project?: string
  topics: Topic[]
  author?: Localized
}
export interface SeedSite {
  name: Localized
  tagline: Localized
  about: Localized<Paragraphs>
}
