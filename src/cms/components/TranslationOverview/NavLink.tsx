import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { newsroomT } from '../../i18n/translations'
import { translationsViewPath } from './overview'

/** The translation overview's entry in the admin's navigation, after the collections. */
export function TranslationsNavLink({ i18n, payload }: ServerProps) {
  return (
    <a className="nav__link translations-nav-link" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: translationsViewPath })}>
      <span className="nav__link-label">{newsroomT(i18n)('newsroom:translationOverview:title')}</span>
    </a>
  )
}
