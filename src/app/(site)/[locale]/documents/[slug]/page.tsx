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
import { langMark } from '../../../../../site/languages'
import { documentData } from '../../../../../site/pageData'

const route = detailRoute('policy-documents', documentData, (doc) => ({ title: doc.title, description: doc.documentNumber }))

export const generateMetadata = route.generateMetadata

/** A policy document: its facts, full text and attachments, and what explains or applies it. */
const PolicyDocumentPage = async (props: DetailProps) => {
  const { locale, data, item, link } = await route.load(props)
  const { doc, interpretations, services } = data
  const t = uiTranslator(locale)
  const attachments = relatedMany<Media>(doc.attachments).filter((file) => file.url)
  return (
    <ItemPage {...item} nav="policy-interpretations" originalUrl={doc.originalUrl} jsonLd={legislationPage(doc, link)}>
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
                <a href={file.url ?? undefined} lang={langMark(file.lang, locale)}>
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
