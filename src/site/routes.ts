/**
 * Which site paths name a page the reader may see. The Express front asks before Next renders,
 * so an unknown item, a draft or a bad `?page=` gets status 404 with the 404 page rendered on
 * the server (Next renders a page's own `notFound()` only in the browser).
 */
import type { Locale } from '../localization/locales'
import { parseListQuery, type SearchParams } from './listQuery'
import {
  departmentData,
  documentData,
  interpretationData,
  listData,
  newsData,
  serviceData,
  topicData,
  zoneData,
} from './pageData'
import { sectionOfSegment, type SiteSection } from './urls'

/** Pages under a locale that are not sections (each has its own folder in src/app/(site)/[locale]). */
const otherPages = ['search']

const itemLoaders: Record<SiteSection, (locale: Locale, slug: string) => Promise<unknown>> = {
  news: newsData,
  services: serviceData,
  'policy-interpretations': interpretationData,
  'policy-documents': documentData,
  zones: zoneData,
  topics: topicData,
  sources: departmentData,
}

/** The path below the locale, split into segments, e.g. ['services', 'visa-extension']. */
export const sitePageExists = async (locale: Locale, segments: string[], query: SearchParams): Promise<boolean> => {
  const [first, slug, ...rest] = segments
  if (!first) return true
  if (otherPages.includes(first)) return !slug
  const section = sectionOfSegment(first)
  if (!section || rest.length > 0) return false
  if (slug) return (await itemLoaders[section](locale, slug)) !== null
  const list = parseListQuery(query)
  return list !== null && (await listData(locale, section, list.page, list.topic)) !== null
}
