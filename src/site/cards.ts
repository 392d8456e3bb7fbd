/** Every list on the site shows the same card, whatever the kind of item. */
import type { Locale } from '../localization/locales'
import type { Media, Source } from '../payload-types'
import { related, type Shown, type SiteDocs } from './content'
import { itemPath, type SiteSection } from './urls'

export type Card = {
  id: string
  href: string
  title: string
  summary: string | null
  /** The language of the card's words. */
  lang: Locale
  date: string | null
  image: Shown<Media> | null
  source: Shown<Source> | null
}

type Fields = Pick<Card, 'title' | 'summary' | 'date'> & { image?: unknown; source?: unknown }

const fieldsOf: { [S in SiteSection]: (doc: SiteDocs[S]) => Fields } = {
  news: (doc) => ({
    title: doc.title,
    summary: doc.summary ?? null,
    date: doc.publishedAt ?? null,
    image: doc.heroImage,
    source: doc.source,
  }),
  services: (doc) => ({ title: doc.title, summary: doc.summary, date: null, image: doc.heroImage, source: doc.source }),
  'policy-interpretations': (doc) => ({
    title: doc.title,
    summary: doc.summary ?? null,
    date: doc.publishedAt ?? null,
    image: doc.heroImage,
    source: doc.source,
  }),
  'policy-documents': (doc) => ({ title: doc.title, summary: doc.documentNumber, date: doc.issueDate, source: doc.source }),
  zones: (doc) => ({ title: doc.name, summary: doc.summary ?? null, date: null, image: doc.image }),
  topics: (doc) => ({ title: doc.name, summary: doc.description ?? null, date: null }),
  sources: (doc) => ({ title: doc.name, summary: doc.abbreviation ?? null, date: null }),
}

export const toCard = <S extends SiteSection>(section: S, doc: Shown<SiteDocs[S]>, locale: Locale): Card => {
  const { image, source, ...fields } = fieldsOf[section](doc)
  return {
    id: String(doc.id),
    href: itemPath(locale, section, doc.slug),
    lang: doc.lang,
    ...fields,
    image: related<Media>(image),
    source: related<Source>(source),
  }
}

export const toCards = <S extends SiteSection>(section: S, docs: Shown<SiteDocs[S]>[], locale: Locale): Card[] =>
  docs.map((doc) => toCard(section, doc, locale))
