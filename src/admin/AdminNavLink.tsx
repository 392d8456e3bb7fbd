'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Props = {
  /** Path under the admin route, e.g. `/qa`. */
  path: `/${string}`
  /** Element id, for tests and styles. */
  id: string
  label: string
}

/** A link to one of our admin views after the navigation's own links, marked current on its page like Payload's. */
export const AdminNavLink = ({ path, id, label }: Props) => {
  const { config } = useConfig()
  const href = `${config.routes.admin}${path}`
  const text = <span className="nav__link-label">{label}</span>
  return usePathname() === href ? (
    <div className="nav__link" id={id} aria-current="page">
      <div className="nav__link-indicator" />
      {text}
    </div>
  ) : (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {text}
    </Link>
  )
}
