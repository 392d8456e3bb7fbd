import type { TFunction } from 'i18next'

import { type Locale, sourceLocale } from '../../localization/locales'
import type { Source } from '../../payload-types'
import type { Shown } from '../content'
import { uiTranslator } from '../i18n'
import { formatDate, htmlLang, langMark } from '../languages'
import { type Provenance, provenanceOf } from '../provenance'
import { inLocale, itemPath } from '../urls'

type Props = {
  locale: Locale
  /** The item shown: its language, translation record and last save. */
  doc: Parameters<typeof provenanceOf>[0]
  source: Shown<Source> | null
  /** This page's path, for the link to the Chinese original. */
  path: string
  /** Where the Chinese original was first published, if elsewhere. */
  originalUrl?: string | null
}

const provenanceLine = (t: TFunction, provenance: Provenance, locale: Locale): string => {
  const values = {
    department: provenance.reviewerDepartment ?? t('reviewerUnknown'),
    date: formatDate(provenance.reviewedAt, locale) ?? '',
  }
  if (provenance.method === 'machine') return t('provenanceMachine', values)
  if (provenance.method === 'machine_human') return t('provenanceMachineHuman', values)
  return t('provenanceHuman', values)
}

/** Where the page's words come from: translation and review, source department, the Chinese original. */
export const AboutThisPage = ({ locale, doc, source, path, originalUrl }: Props) => {
  const t = uiTranslator(locale)
  const provenance = provenanceOf(doc)
  return (
    <section className="about-page" aria-labelledby="about-page">
      <h2 id="about-page">{t('aboutThisPage')}</h2>
      <ul>
        {provenance && <li data-provenance={provenance.method}>{provenanceLine(t, provenance, locale)}</li>}
        {provenance?.sourceChangedAt && (
          <li className="outdated">{t('outdatedNotice', { date: formatDate(provenance.sourceChangedAt, locale) })}</li>
        )}
        {source && (
          <li>
            {t('sourceDepartment')}{' '}
            <a href={itemPath(locale, 'sources', source.slug)} lang={langMark(source.lang, locale)}>
              {source.name}
            </a>
          </li>
        )}
        {locale !== sourceLocale && (
          <li>
            <a href={inLocale(path, sourceLocale)} hrefLang={htmlLang(sourceLocale)}>
              {t('chineseOriginal')}
            </a>
          </li>
        )}
        {originalUrl && (
          <li>
            <a href={originalUrl} rel="external noopener">
              {t('originalPublication')}
            </a>
          </li>
        )}
      </ul>
    </section>
  )
}
