import { Fragment } from 'react'
import type React from 'react'

export type Fact = {
  label: string
  /** Facts without a value are left out. */
  value: React.ReactNode
  /** The value's language when it is not the page's (a Chinese original). */
  lang?: string
  /** Phone numbers and addresses of websites read left to right in Arabic too. */
  dir?: 'ltr'
}

/** Label–value pairs as a definition list. */
export const FactList = ({ facts, className = 'facts' }: { facts: Fact[]; className?: string }) => {
  const shown = facts.filter(({ value }) => value !== null && value !== undefined && value !== false && value !== '')
  if (shown.length === 0) return null
  return (
    <dl className={className}>
      {shown.map(({ label, value, lang, dir }) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd lang={lang} dir={dir}>
            {value}
          </dd>
        </Fragment>
      ))}
    </dl>
  )
}
