'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { reviewTranslator } from './messages'

/** "Content upkeep" in the admin navigation: opens the upkeep screen. */
export const ContentUpkeepNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const href = `${config.routes.admin}/content-upkeep`
  const label = <span className="nav__link-label">{reviewTranslator(i18n.language)('navLink')}</span>
  return usePathname() === href ? (
    <div className="nav__link" id="nav-content-upkeep" aria-current="page">
      <div className="nav__link-indicator" />
      {label}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-content-upkeep" prefetch={false}>
      {label}
    </Link>
  )
}
