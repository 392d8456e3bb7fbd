import type { Locale } from '../../localization/locales'
import type { Service } from '../../payload-types'
import { uiTranslator } from '../i18n'

type Props = { locale: Locale; contentLang?: string; materials: NonNullable<Service['materials']> }

/** What to bring: each document with its notes, number of copies and whether the original is needed. */
export const Materials = ({ locale, contentLang, materials }: Props) => {
  const t = uiTranslator(locale)
  return (
    <ol className="materials">
      {materials.map((row) => (
        <li key={row.id ?? row.name}>
          <strong lang={contentLang}>{row.name}</strong>
          {row.notes && <p lang={contentLang}>{row.notes}</p>}
          {(row.copies || row.originalRequired) && (
            <p className="material-meta">
              {row.copies ? t('materialCopies', { count: row.copies }) : null}
              {row.copies && row.originalRequired ? ' · ' : null}
              {row.originalRequired ? t('originalRequired') : null}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
