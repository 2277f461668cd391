import { createNavigation } from 'next-intl/navigation'

import { routing } from './routing'

/** Locale-aware navigation helpers; hrefs themselves come from `lib/routes.ts`. */
export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } =
  createNavigation(routing)
