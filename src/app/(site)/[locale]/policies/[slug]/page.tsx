import type { PolicyDocument, Service } from '../../../../../payload-types'
import { CardSection } from '../../../../../site/components/CardSection'
import { DateLine } from '../../../../../site/components/DateLine'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { PolicyDocumentFacts } from '../../../../../site/components/PolicyDocumentFacts'
import { Questions } from '../../../../../site/components/Questions'
import { RichText } from '../../../../../site/components/RichText'
import { Section } from '../../../../../site/components/Section'
import { toCards } from '../../../../../site/cards'
import { related, relatedMany } from '../../../../../site/content'
import { type DetailProps, detailRoute, titleSummaryImage } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { interpretationArticle } from '../../../../../site/jsonLd'
import { audienceLabel } from '../../../../../site/labels'
import { interpretationData } from '../../../../../site/pageData'
import { absoluteUrl, itemPath } from '../../../../../site/urls'

const route = detailRoute('policy-interpretations', interpretationData, (doc) => ({ ...titleSummaryImage(doc), type: 'article' }))

export const generateMetadata = route.generateMetadata

/** A policy interpretation: key points, explanation, Q&A, the document it explains, related services. */
const Interpretation = async (props: DetailProps) => {
  const { locale, data, item, contentLang, link } = await route.load(props)
  const { doc } = data
  const t = uiTranslator(locale)
  const policy = related<PolicyDocument>(doc.interprets)
  const meta = (
    <>
      <DateLine label={t('publishedOn')} value={doc.publishedAt} locale={locale} />
      {doc.audience?.length ? (
        <>
          {doc.publishedAt && ' · '}
          {t('audience')} {doc.audience.map((audience) => audienceLabel(t, audience)).join(t('listSeparator'))}
        </>
      ) : null}
    </>
  )
  return (
    <ItemPage
      {...item}
      meta={meta}
      jsonLd={interpretationArticle(
        doc,
        link,
        policy ? absoluteUrl(link.origin, itemPath(locale, 'policy-documents', policy.slug)) : undefined,
      )}
    >
      {doc.keyPoints?.length ? (
        <Section id="key-points" title={t('keyPoints')}>
          <ul className="key-points" lang={contentLang}>
            {doc.keyPoints.map((row) => (
              <li key={row.id ?? row.point}>{row.point}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      <RichText value={doc.body} locale={locale} lang={doc.lang} />
      {doc.questions?.length ? (
        <Section id="questions" title={t('questions')}>
          <Questions contentLang={contentLang} rows={doc.questions} />
        </Section>
      ) : null}
      {policy && (
        <Section id="policy-document" title={t('policyDocument')}>
          <PolicyDocumentFacts locale={locale} doc={policy} linkTitle />
        </Section>
      )}
      <CardSection
        id="related-services"
        title={t('relatedServices')}
        cards={toCards('services', relatedMany<Service>(doc.relatedServices), locale)}
        locale={locale}
      />
    </ItemPage>
  )
}

export default Interpretation
