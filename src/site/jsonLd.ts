/** schema.org descriptions of the site's items, for search engines (JSON-LD). */
import type { Media, News, PolicyDocument, PolicyInterpretation, Service, Source } from '../payload-types'
import { related, type Shown } from './content'
import { shareImage } from './images'
import { htmlLang } from './languages'

type Context = { origin: string; url: string }

const context = 'https://schema.org'

const organization = (source: Shown<Source> | null) =>
  source ? { '@type': 'GovernmentOrganization', name: source.name, url: source.website ?? undefined } : undefined

const imageUrl = (media: unknown, origin: string) => {
  const share = related<Media>(media)
  const image = share ? shareImage(share) : null
  return image ? new URL(image.url, origin).href : undefined
}

/** In force, or not: schema.org's two legal-force values that fit our validity states. */
const legalForce = (validity: PolicyDocument['validity']) =>
  validity === 'in_force' || validity === 'amended' ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce'

export const legislation = (doc: Shown<PolicyDocument>, url?: string) => ({
  '@type': 'Legislation',
  name: doc.title,
  legislationIdentifier: doc.documentNumber,
  legislationDate: doc.issueDate,
  legislationPassedBy: organization(related<Source>(doc.source)),
  legislationLegalForce: legalForce(doc.validity),
  inLanguage: htmlLang(doc.lang),
  url: url ?? doc.originalUrl ?? undefined,
  sameAs: doc.originalUrl ?? undefined,
})

export const governmentService = (doc: Shown<Service>, { origin, url }: Context, applyOnlineName: string) => ({
  '@context': context,
  '@type': 'GovernmentService',
  name: doc.title,
  description: doc.summary,
  url,
  inLanguage: htmlLang(doc.lang),
  image: imageUrl(doc.heroImage, origin),
  provider: organization(related<Source>(doc.source)),
  dateModified: doc.lastReviewedAt ?? doc.updatedAt,
  availableChannel: [
    ...(doc.onlineApplication?.url
      ? [{ '@type': 'ServiceChannel', name: applyOnlineName, serviceUrl: doc.onlineApplication.url }]
      : []),
    ...(doc.offices ?? []).map((office) => ({
      '@type': 'ServiceChannel',
      name: office.name,
      servicePhone: office.phone ? { '@type': 'ContactPoint', telephone: office.phone } : undefined,
      serviceLocation: {
        '@type': 'GovernmentOffice',
        name: office.name,
        address: office.address,
        openingHours: office.hours ?? undefined,
        telephone: office.phone ?? undefined,
        url: office.website ?? undefined,
        geo:
          office.latitude != null && office.longitude != null
            ? { '@type': 'GeoCoordinates', latitude: office.latitude, longitude: office.longitude }
            : undefined,
      },
    })),
  ],
})

type ArticleDoc = Shown<News | PolicyInterpretation>

/** What news and interpretations share: headline, summary, language, image, dates, author. */
const article = (doc: ArticleDoc, { origin, url }: Context) => ({
  headline: doc.title,
  description: doc.summary ?? undefined,
  url,
  mainEntityOfPage: url,
  inLanguage: htmlLang(doc.lang),
  image: imageUrl(doc.heroImage, origin),
  datePublished: doc.publishedAt ?? undefined,
  dateModified: doc.updatedAt,
  author: organization(related<Source>(doc.source)),
})

export const newsArticle = (doc: Shown<News>, page: Context) => ({
  '@context': context,
  '@type': 'NewsArticle',
  ...article(doc, page),
  publisher: organization(related<Source>(doc.source)),
  isBasedOn: doc.originalUrl ?? undefined,
})

/** An interpretation is an Article about the policy document (a Legislation). */
export const interpretationArticle = (doc: Shown<PolicyInterpretation>, page: Context, documentUrl?: string) => {
  const interprets = related<PolicyDocument>(doc.interprets)
  return {
    '@context': context,
    '@type': 'Article',
    ...article(doc, page),
    about: interprets ? legislation(interprets, documentUrl) : undefined,
  }
}

export const legislationPage = (doc: Shown<PolicyDocument>, { url }: Context) => ({
  '@context': context,
  ...legislation(doc, url),
})
