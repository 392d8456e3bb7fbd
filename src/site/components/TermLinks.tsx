import type { Locale } from '../../localization/locales'
import type { Topic, Zone } from '../../payload-types'
import type { Shown } from '../content'
import { htmlLang } from '../languages'
import { itemPath } from '../urls'

type Props = { locale: Locale; label: string; section: 'topics' | 'zones'; terms: Shown<Topic | Zone>[] }

/** "Topics: Visas · Residence", each linking to its page. */
export const TermLinks = ({ locale, label, section, terms }: Props) => {
  if (terms.length === 0) return null
  return (
    <p className="terms">
      <span>{label}</span>{' '}
      {terms.map((term, index) => (
        <span key={term.id}>
          {index > 0 && ' · '}
          <a href={itemPath(locale, section, term.slug)} lang={term.lang !== locale ? htmlLang(term.lang) : undefined}>
            {term.name}
          </a>
        </span>
      ))}
    </p>
  )
}
