import type { Media } from '../../../../../payload-types'
import { CardSection } from '../../../../../site/components/CardSection'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { PolicyDocumentFacts } from '../../../../../site/components/PolicyDocumentFacts'
import { RichText } from '../../../../../site/components/RichText'
import { Section } from '../../../../../site/components/Section'
import { relatedMany } from '../../../../../site/content'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { legislationPage } from '../../../../../site/jsonLd'
import { htmlLang } from '../../../../../site/languages'
import { siteOrigin } from '../../../../../site/origin'
import { documentData } from '../../../../../site/pageData'
import { absoluteUrl } from '../../../../../site/urls'

const route = detailRoute('policy-documents', documentData, (doc) => ({ title: doc.title, description: doc.documentNumber }))

export const generateMetadata = route.generateMetadata

/** A policy document: its facts, full text and attachments, and what explains or applies it. */
const PolicyDocumentPage = async (props: DetailProps) => {
  const { locale, path, data } = await route.load(props)
  const { doc, available, interpretations, services } = data
  const t = uiTranslator(locale)
  const attachments = relatedMany<Media>(doc.attachments).filter((file) => file.url)
  const origin = await siteOrigin()
  return (
    <ItemPage
      locale={locale}
      path={path}
      available={available}
      section="policy-documents"
      nav="policy-interpretations"
      doc={doc}
      title={doc.title}
      originalUrl={doc.originalUrl}
      jsonLd={legislationPage(doc, { origin, url: absoluteUrl(origin, path) })}
    >
      <PolicyDocumentFacts locale={locale} doc={doc} />
      {doc.fullText && (
        <Section id="full-text" title={t('fullText')}>
          <RichText value={doc.fullText} locale={locale} lang={doc.lang} />
        </Section>
      )}
      {attachments.length > 0 && (
        <Section id="attachments" title={t('attachments')}>
          <ul>
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? undefined} lang={file.lang !== locale ? htmlLang(file.lang) : undefined}>
                  {file.alt || file.filename}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <CardSection id="interpretations" title={t('relatedInterpretations')} cards={interpretations.cards} locale={locale} />
      <CardSection id="services" title={t('relatedServices')} cards={services.cards} locale={locale} />
    </ItemPage>
  )
}

export default PolicyDocumentPage
