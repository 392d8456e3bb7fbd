import type { PolicyDocument } from '../../../../../payload-types'
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
import { relatedMany } from '../../../../../site/content'
import { type DetailProps, detailRoute, titleSummaryImage } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { governmentService } from '../../../../../site/jsonLd'
import { serviceData } from '../../../../../site/pageData'

const route = detailRoute('services', serviceData, titleSummaryImage)

export const generateMetadata = route.generateMetadata

/** A service guide: what it takes, where to go, and the way to apply online. */
const ServiceGuide = async (props: DetailProps) => {
  const { locale, data, item, contentLang, link } = await route.load(props)
  const { doc, interpretations } = data
  const t = uiTranslator(locale)
  const legalBasis = relatedMany<PolicyDocument>(doc.legalBasis)
  return (
    <ItemPage
      {...item}
      meta={<DateLine label={t('lastReviewed')} value={doc.lastReviewedAt} locale={locale} />}
      jsonLd={governmentService(doc, link, t('applyOnline'))}
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
