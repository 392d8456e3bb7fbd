import type { Locale } from '../../localization/locales'
import type { Topic, Zone } from '../../payload-types'
import type { Shown } from '../content'
import { langMark } from '../languages'
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
          <a href={itemPath(locale, section, term.slug)} lang={langMark(term.lang, locale)}>
            {term.name}
          </a>
        </span>
      ))}
    </p>
  )
}
