'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { translator } from './messages'

/** "Translations" in the admin navigation, after the collections: opens the dashboard. */
export const TranslationsNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const href = `${config.routes.admin}/translations`
  const active = pathname === href
  const label = <span className="nav__link-label">{translator(i18n.language)('navLink')}</span>
  if (active) {
    return (
      <div className="nav__link" id="nav-translations" aria-current="page">
        <div className="nav__link-indicator" />
        {label}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id="nav-translations" prefetch={false}>
      {label}
    </Link>
  )
}
