'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { linkTranslator } from './messages'

/** "Broken links" in the admin navigation: opens the dashboard. */
export const BrokenLinksNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const href = `${config.routes.admin}/broken-links`
  const label = <span className="nav__link-label">{linkTranslator(i18n.language)('navLink')}</span>
  return usePathname() === href ? (
    <div className="nav__link" id="nav-broken-links" aria-current="page">
      <div className="nav__link-indicator" />
      {label}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-broken-links" prefetch={false}>
      {label}
    </Link>
  )
}
