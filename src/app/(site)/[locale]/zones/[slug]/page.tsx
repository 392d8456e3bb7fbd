import type { Media } from '../../../../../payload-types'
import { ExternalLink } from '../../../../../site/components/ExternalLink'
import { FactList } from '../../../../../site/components/FactList'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { RichText } from '../../../../../site/components/RichText'
import { Section } from '../../../../../site/components/Section'
import { TaggedSections } from '../../../../../site/components/TaggedSections'
import { related } from '../../../../../site/content'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { zoneData } from '../../../../../site/pageData'

const route = detailRoute('zones', zoneData, (doc) => ({
  title: doc.name,
  lead: doc.summary,
  image: related<Media>(doc.image),
}))

export const generateMetadata = route.generateMetadata

/** A key zone: what it offers, whom to contact, and what is published about it. */
const ZonePage = async (props: DetailProps) => {
  const { locale, data, item, contentLang } = await route.load(props)
  const { doc, items } = data
  const t = uiTranslator(locale)
  const contact = doc.contact ?? {}
  const contactFacts = [
    { label: t('officeAddress'), value: contact.address, lang: contentLang },
    { label: t('officePhone'), value: contact.phone, dir: 'ltr' as const },
    { label: t('email'), value: contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a> },
    { label: t('website'), value: contact.website && <ExternalLink href={contact.website} /> },
  ]
  return (
    <ItemPage {...item}>
      <RichText value={doc.description} locale={locale} lang={doc.lang} />
      {doc.highlights?.length ? (
        <Section id="highlights" title={t('zoneHighlights')}>
          <ul lang={contentLang}>
            {doc.highlights.map((row) => (
              <li key={row.id ?? row.text}>{row.text}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {contactFacts.some(({ value }) => value) && (
        <Section id="contact" title={t('zoneContact')}>
          <FactList facts={contactFacts} />
        </Section>
      )}
      <TaggedSections locale={locale} items={items} />
    </ItemPage>
  )
}

export default ZonePage
