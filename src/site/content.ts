/**
 * Public reads for the site: Payload's Local API as the anonymous reader (overrideAccess false,
 * no user), so drafts and unapproved languages stay hidden by the same rules as REST.
 *
 * Every document comes back with `lang`, the language its words are in: the reader's language
 * when that translation is approved, otherwise the Chinese original (never a machine draft).
 * Relations are resolved the same way, each in its own language, and anything the reader may
 * not see is left out.
 */
import config from '@payload-config'
import { type CollectionSlug, getPayload, type Where } from 'payload'

import type { Media, News, PolicyDocument, PolicyInterpretation, Service, Source, Topic, Zone } from '../payload-types'
import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import { withReviewerDepartments } from '../translation/reviewerDepartment'
import { publicStates, type TranslationState } from '../translation/states'

export type SiteDocs = {
  news: News
  services: Service
  'policy-interpretations': PolicyInterpretation
  'policy-documents': PolicyDocument
  zones: Zone
  topics: Topic
  sources: Source
  media: Media
}
export type SiteCollection = keyof SiteDocs

/** A document as the site shows it, with the language its words are in. */
export type Shown<T> = T & { lang: Locale }

type Raw = Record<string, unknown> & { id: string | number; lang: Locale }

/** Relation fields of each collection and the collection they point to. */
const relations: { [C in SiteCollection]: Partial<Record<keyof SiteDocs[C], SiteCollection>> } = {
  news: { heroImage: 'media', source: 'sources', topics: 'topics', zones: 'zones' },
  services: { heroImage: 'media', source: 'sources', topics: 'topics', zones: 'zones', legalBasis: 'policy-documents' },
  'policy-interpretations': {
    heroImage: 'media',
    source: 'sources',
    topics: 'topics',
    zones: 'zones',
    interprets: 'policy-documents',
    relatedServices: 'services',
  },
  'policy-documents': { source: 'sources', topics: 'topics', attachments: 'media' },
  zones: { image: 'media' },
  topics: { parent: 'topics' },
  sources: {},
  media: {},
}

const payload = () => getPayload({ config })

const isPublic = (doc: { translation?: { state?: TranslationState | null } | null }) =>
  publicStates.includes(doc.translation?.state ?? 'missing')

/** The language a public read's words are in: the reader's when approved there, else Chinese. */
export const wordsLocale = (doc: { translation?: { state?: TranslationState | null } | null }, locale: Locale): Locale =>
  locale === sourceLocale || isPublic(doc) ? locale : sourceLocale

const read = async (collection: SiteCollection, where: Where, locale: Locale): Promise<Raw[]> => {
  const { docs } = await (
    await payload()
  ).find({
    collection: collection as CollectionSlug,
    where,
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((doc) => ({ ...(doc as unknown as Raw), lang: wordsLocale(doc as never, locale) }))
}

const idOf = (ref: unknown): string | null => {
  const id = ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : ref
  return id === undefined || id === null ? null : String(id)
}

/** Replaces relation ids with the related documents (each with its `lang`), `depth` levels deep. */
const populate = async (collection: SiteCollection, docs: Raw[], locale: Locale, depth: number): Promise<void> => {
  if (depth <= 0 || docs.length === 0) return
  await Promise.all(
    Object.entries(relations[collection] as Record<string, SiteCollection>).map(async ([field, target]) => {
      const ids = [
        ...new Set(
          docs.flatMap((doc) =>
            [doc[field]]
              .flat()
              .map(idOf)
              .filter((id): id is string => id !== null),
          ),
        ),
      ]
      const found = ids.length ? await byIds(target, ids, locale, depth - 1) : new Map<string, Raw>()
      for (const doc of docs) {
        const value = doc[field]
        doc[field] = Array.isArray(value)
          ? value.map((ref) => found.get(idOf(ref) ?? '')).filter(Boolean)
          : (found.get(idOf(value) ?? '') ?? null)
      }
    }),
  )
}

/** Published documents by id: in the reader's language where approved, else the Chinese original. */
export const byIds = async <C extends SiteCollection>(
  collection: C,
  ids: (string | number)[],
  locale: Locale,
  depth = 0,
): Promise<Map<string, Shown<SiteDocs[C]>>> => {
  const wanted = ids.map(String)
  const docs = wanted.length ? await read(collection, { id: { in: wanted } }, locale) : []
  const missing = wanted.filter((id) => !docs.some((doc) => String(doc.id) === id))
  // Not approved in this language: the query's language filter left it out; the Chinese is public.
  if (missing.length && locale !== sourceLocale) docs.push(...(await read(collection, { id: { in: missing } }, sourceLocale)))
  await populate(collection, docs, locale, depth)
  return new Map(docs.map((doc) => [String(doc.id), doc as unknown as Shown<SiteDocs[C]>]))
}

/** One published document by slug, or null (unknown, draft or withdrawn: the same answer). */
export const bySlug = async <C extends SiteCollection>(
  collection: C,
  slug: string,
  locale: Locale,
  depth = 1,
): Promise<Shown<SiteDocs[C]> | null> => {
  // Every published document is public in Chinese, so the Chinese read finds it whatever the language.
  const [found] = await read(collection, { slug: { equals: slug } }, sourceLocale)
  if (!found) return null
  const doc = (await byIds(collection, [found.id], locale, depth)).get(String(found.id))
  // Its provenance names the reviewing department in the reader's language too.
  return doc ? (await withReviewerDepartments(await payload(), [doc], locale))[0] : null
}

export type Page<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

export type PageQuery = { where?: Where; sort?: string; page?: number; limit?: number }

/**
 * A page of published documents, ordered and paginated over everything published (so a list
 * has the same items in every language), each in the reader's language where approved.
 */
export const pageOf = async <C extends SiteCollection>(
  collection: C,
  locale: Locale,
  { where, sort = '-createdAt', page = 1, limit = 10 }: PageQuery = {},
  depth = 1,
): Promise<Page<Shown<SiteDocs[C]>>> => {
  const result = await (
    await payload()
  ).find({
    collection: collection as CollectionSlug,
    where,
    sort,
    page,
    limit,
    locale: sourceLocale,
    depth: 0,
    select: { id: true } as never,
    overrideAccess: false,
  })
  const ids = result.docs.map(({ id }) => String(id))
  const found = await byIds(collection, ids, locale, depth)
  return {
    docs: ids.map((id) => found.get(id)).filter((doc): doc is Shown<SiteDocs[C]> => Boolean(doc)),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** The languages a document is published in: Chinese plus every approved (or outdated) translation. */
export const availableLocales = async (collection: SiteCollection, id: string | number): Promise<Locale[]> => {
  const { docs } = await (
    await payload()
  ).find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    select: { translation: { state: true } } as never,
    overrideAccess: false,
  })
  const records = ((docs[0] as { translation?: Record<string, { state?: TranslationState }> } | undefined)?.translation ??
    {}) as Record<string, { state?: TranslationState }>
  return allLocales.filter((locale) => locale === sourceLocale || publicStates.includes(records[locale]?.state ?? 'missing'))
}

/** A populated relation, or null when it is a bare id or missing. */
export const related = <T>(value: unknown): Shown<T> | null => (value && typeof value === 'object' ? (value as Shown<T>) : null)

/** The populated documents of a has-many relation. */
export const relatedMany = <T>(values: unknown): Shown<T>[] =>
  (Array.isArray(values) ? values : []).map((value) => related<T>(value)).filter((value): value is Shown<T> => value !== null)
