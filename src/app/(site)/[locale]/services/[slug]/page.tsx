import type { Media, PolicyDocument } from '../../../../../payload-types'
import { ApplyOnline } from '../../../../../site/components/ApplyOnline'
import { CardSection } from '../../../../../site/components/CardSection'
import { DateLine } from '../../../../../site/components/DateLine'
import { FactList } from '../../../../../site/components/FactList'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { Materials } from '../../../../../site/components/Materials'
import { Offices } from '../../../../../site/components/Offices'
import { PolicyDocumentFacts } from '../../../../../site/components/PolicyDocumentFacts'
import { Questions } from '../../../../../site/components/Questions'
import { RichText } from '../../../../../site/components/RichText'
import { Section } from '../../../../../site/components/Section'
import { Steps } from '../../../../../site/components/Steps'
import { related, relatedMany } from '../../../../../site/content'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { governmentService } from '../../../../../site/jsonLd'
import { htmlLang } from '../../../../../site/languages'
import { siteOrigin } from '../../../../../site/origin'
import { serviceData } from '../../../../../site/pageData'
import { absoluteUrl } from '../../../../../site/urls'

const route = detailRoute('services', serviceData, (doc) => ({
  title: doc.title,
  description: doc.summary,
  image: related<Media>(doc.heroImage),
}))

export const generateMetadata = route.generateMetadata

/** A service guide: what it takes, where to go, and the way to apply online. */
const ServiceGuide = async (props: DetailProps) => {
  const { locale, path, data } = await route.load(props)
  const { doc, available, interpretations } = data
  const t = uiTranslator(locale)
  const contentLang = doc.lang !== locale ? htmlLang(doc.lang) : undefined
  const legalBasis = relatedMany<PolicyDocument>(doc.legalBasis)
  const origin = await siteOrigin()
  return (
    <ItemPage
      locale={locale}
      path={path}
      available={available}
      section="services"
      doc={doc}
      title={doc.title}
      lead={doc.summary}
      image={related<Media>(doc.heroImage)}
      meta={<DateLine label={t('lastReviewed')} value={doc.lastReviewedAt} locale={locale} />}
      jsonLd={governmentService(doc, { origin, url: absoluteUrl(origin, path) }, t('applyOnline'))}
    >
      <ApplyOnline locale={locale} application={doc.onlineApplication} />
      <FactList
        className="facts at-a-glance"
        facts={[
          { label: t('processingTime'), value: doc.processingTime, lang: contentLang },
          { label: t('fees'), value: doc.fees, lang: contentLang },
        ]}
      />
      {doc.eligibility && (
        <Section id="eligibility" title={t('eligibility')}>
          <RichText value={doc.eligibility} locale={locale} lang={doc.lang} />
        </Section>
      )}
      {doc.materials?.length ? (
        <Section id="materials" title={t('materials')}>
          <Materials locale={locale} contentLang={contentLang} materials={doc.materials} />
        </Section>
      ) : null}
      {doc.steps?.length ? (
        <Section id="steps" title={t('steps')}>
          <Steps contentLang={contentLang} steps={doc.steps} />
        </Section>
      ) : null}
      {doc.offices?.length ? (
        <Section id="offices" title={t('offices')}>
          <Offices locale={locale} contentLang={contentLang} offices={doc.offices} />
        </Section>
      ) : null}
      {doc.faqs?.length ? (
        <Section id="faqs" title={t('faqs')}>
          <Questions contentLang={contentLang} rows={doc.faqs} />
        </Section>
      ) : null}
      {doc.body && (
        <Section id="more" title={t('moreInformation')}>
          <RichText value={doc.body} locale={locale} lang={doc.lang} />
        </Section>
      )}
      {legalBasis.length > 0 && (
        <Section id="legal-basis" title={t('legalBasis')}>
          {legalBasis.map((document) => (
            <PolicyDocumentFacts key={document.id} locale={locale} doc={document} linkTitle />
          ))}
        </Section>
      )}
      <CardSection id="interpretations" title={t('relatedInterpretations')} cards={interpretations.cards} locale={locale} />
    </ItemPage>
  )
}

export default ServiceGuide
