import type { Locale } from '../../localization/locales'
import type { PolicyDocument, Source } from '../../payload-types'
import { related, type Shown } from '../content'
import { uiTranslator } from '../i18n'
import { htmlLang, langMark } from '../languages'
import { validityLabel } from '../labels'
import { itemPath } from '../urls'
import { DateText } from './DateText'
import { ExternalLink } from './ExternalLink'
import { FactList } from './FactList'

type Props = {
  locale: Locale
  doc: Shown<PolicyDocument>
  /** Show the title as a link to the document's page (on an interpretation). */
  linkTitle?: boolean
}

/** The policy document itself: number (文号), issuing department, dates, validity, original publication. */
export const PolicyDocumentFacts = ({ locale, doc, linkTitle = false }: Props) => {
  const t = uiTranslator(locale)
  const contentLang = langMark(doc.lang, locale)
  const source = related<Source>(doc.source)
  const date = (value: string | null | undefined) => value && <DateText value={value} locale={locale} />
  return (
    <div className="policy-document">
      {linkTitle && (
        <p className="policy-document-title">
          <a href={itemPath(locale, 'policy-documents', doc.slug)} lang={contentLang}>
            {doc.title}
          </a>
        </p>
      )}
      <FactList
        facts={[
          { label: t('documentNumber'), value: doc.documentNumber, lang: htmlLang('zh') },
          {
            label: t('issuingDepartment'),
            value: source && (
              <a href={itemPath(locale, 'sources', source.slug)} lang={langMark(source.lang, locale)}>
                {source.name}
              </a>
            ),
          },
          { label: t('issueDate'), value: date(doc.issueDate) },
          { label: t('effectiveDate'), value: date(doc.effectiveDate) },
          { label: t('expiryDate'), value: date(doc.expiryDate) },
          { label: t('validity'), value: validityLabel(t, doc.validity) },
          { label: t('originalPublication'), value: doc.originalUrl && <ExternalLink href={doc.originalUrl} /> },
        ]}
      />
    </div>
  )
}
