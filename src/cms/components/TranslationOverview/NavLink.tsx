import type { ServerProps } from 'payload'

import { overviewTexts } from './messages'

/** The translation overview's entry in the admin's navigation, after the collections. */
export function TranslationsNavLink({ i18n }: ServerProps) {
  return (
    <a className="nav__link translations-nav-link" href="/admin/translations">
      <span className="nav__link-label">{overviewTexts(i18n?.language).nav}</span>
    </a>
  )
}
