'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { qaTranslator } from './messages'

/** "Language QA" in the admin navigation: opens the QA dashboard. */
export const QaNavLink = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const href = `${config.routes.admin}/qa`
  const label = <span className="nav__link-label">{qaTranslator(i18n.language)('navLink')}</span>
  return usePathname() === href ? (
    <div className="nav__link" id="nav-qa" aria-current="page">
      <div className="nav__link-indicator" />
      {label}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-qa" prefetch={false}>
      {label}
    </Link>
  )
}
