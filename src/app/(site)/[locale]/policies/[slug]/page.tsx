import type { Media, PolicyDocument, Service } from '../../../../../payload-types'
import { CardSection } from '../../../../../site/components/CardSection'
import { DateLine } from '../../../../../site/components/DateLine'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { PolicyDocumentFacts } from '../../../../../site/components/PolicyDocumentFacts'
import { Questions } from '../../../../../site/components/Questions'
import { RichText } from '../../../../../site/components/RichText'
import { Section } from '../../../../../site/components/Section'
import { toCards } from '../../../../../site/cards'
import { related, relatedMany } from '../../../../../site/content'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { interpretationArticle } from '../../../../../site/jsonLd'
import { audienceLabel } from '../../../../../site/labels'
import { htmlLang } from '../../../../../site/languages'
import { siteOrigin } from '../../../../../site/origin'
import { interpretationData } from '../../../../../site/pageData'
import { absoluteUrl, itemPath } from '../../../../../site/urls'

const route = detailRoute('policy-interpretations', interpretationData, (doc) => ({
  title: doc.title,
  description: doc.summary,
  image: related<Media>(doc.heroImage),
  type: 'article',
}))

export const generateMetadata = route.generateMetadata

/** A policy interpretation: key points, explanation, Q&A, the document it explains, related services. */
const Interpretation = async (props: DetailProps) => {
  const { locale, path, data } = await route.load(props)
  const { doc, available } = data
  const t = uiTranslator(locale)
  const contentLang = doc.lang !== locale ? htmlLang(doc.lang) : undefined
  const policy = related<PolicyDocument>(doc.interprets)
  const origin = await siteOrigin()
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
      locale={locale}
      path={path}
      available={available}
      section="policy-interpretations"
      doc={doc}
      title={doc.title}
      lead={doc.summary}
      image={related<Media>(doc.heroImage)}
      meta={meta}
      jsonLd={interpretationArticle(
        doc,
        { origin, url: absoluteUrl(origin, path) },
        policy ? absoluteUrl(origin, itemPath(locale, 'policy-documents', policy.slug)) : undefined,
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
