import type { CollectionSlug, Endpoint, Payload, PayloadHandler, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { staffRole } from '../../access/roles'
import { localeConfigs, sourceLocale, type TargetLocale, targetLocales } from '../../localization/locales'
import type { FactFinding, FactOverride } from '../../qa/facts/types'
import { getPath } from '../paths'
import { richTextPlainText } from '../richText'
import { hasText, type SourceField, sourceFields, translationGroupName } from '../sourceFields'
import type { TranslationMethod, TranslationState } from '../states'
import type { TerminologyFinding } from '../terminology'
import { apiError } from './apiError'

/** One translatable value as text: rich text as plain text, one entry per block. */
export type FieldText = { path: string; kind: SourceField['kind']; text: string; blocks: string[] }

/** The workflow record of one language, without the hashes and with the reviewer's name. */
export type LanguageRecord = {
  state: TranslationState
  method: TranslationMethod | null
  engine: string | null
  translatedAt: string | null
  reviewedBy: { id: string | number; name: string | null } | null
  reviewerDepartment: string | null
  reviewedAt: string | null
  sourceUpdatedAt: string | null
  outdatedFields: string[]
  terminology: TerminologyFinding[]
  /** Values that differ from the Chinese, and the reviewers' overrides kept with the approval. */
  facts: FactFinding[]
  factOverrides: FactOverride[]
}

export type LanguageStatus = {
  locale: TargetLocale
  label: string
  rtl: boolean
  record: LanguageRecord
  /** The Chinese each outdated field was translated from, by path (for the old/new diff). */
  previousSource: Record<string, string>
  /** The language's own texts (latest draft); only when one language is asked for. */
  fields?: FieldText[]
}

export type TranslationStatus = {
  collection: string
  id: string | number
  title: string | null
  /** Publication status of the document (null for collections without drafts). */
  status: 'draft' | 'published' | null
  /** The Chinese source as published (what approval confirms a translation against). */
  source: { locale: typeof sourceLocale; updatedAt: string | null; fields: FieldText[] }
  languages: LanguageStatus[]
}

/** Collections the translation workflow is installed on: those with the localized record group. */
export const translatableCollections = (config: SanitizedConfig): SanitizedCollectionConfig[] =>
  config.collections.filter((collection) =>
    collection.fields.some((field) => 'name' in field && field.name === translationGroupName && field.type === 'group'),
  )

const plain = (kind: SourceField['kind'], value: unknown): string =>
  kind === 'richText' ? richTextPlainText(value) : typeof value === 'string' ? value : value == null ? '' : String(value)

const toFieldText = ({ path, kind, value }: Pick<SourceField, 'path' | 'kind' | 'value'>): FieldText => {
  const text = plain(kind, value)
  return { path, kind, text, blocks: kind === 'richText' ? text.split('\n').filter((line) => line.trim()) : [text] }
}

const textsOf = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>): FieldText[] =>
  sourceFields(collection.fields, doc)
    .filter(({ value }) => hasText(value))
    .map(toFieldText)

const asString = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

const normalizeRecord = (raw: unknown, names: Map<string, string | null>): LanguageRecord => {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const reviewer = record.reviewedBy
  const reviewerId =
    reviewer && typeof reviewer === 'object' ? (reviewer as { id: string | number }).id : (reviewer as string | number | null | undefined)
  return {
    state: ((record.state as TranslationState | null | undefined) ?? 'missing') as TranslationState,
    method: (record.method as TranslationMethod | null | undefined) ?? null,
    engine: asString(record.engine),
    translatedAt: asString(record.translatedAt),
    reviewedBy: reviewerId == null ? null : { id: reviewerId, name: names.get(String(reviewerId)) ?? null },
    reviewerDepartment: asString(record.reviewerDepartment),
    reviewedAt: asString(record.reviewedAt),
    sourceUpdatedAt: asString(record.sourceUpdatedAt),
    outdatedFields: Array.isArray(record.outdatedFields) ? (record.outdatedFields as unknown[]).filter((p): p is string => typeof p === 'string') : [],
    terminology: Array.isArray(record.terminology) ? (record.terminology as TerminologyFinding[]) : [],
    facts: Array.isArray(record.facts) ? (record.facts as FactFinding[]) : [],
    factOverrides: Array.isArray(record.factOverrides) ? (record.factOverrides as FactOverride[]) : [],
  }
}

/** The Chinese a translation was made from, as plain text, for the paths that changed since. */
const previousSourceOf = (collection: SanitizedCollectionConfig, raw: unknown, paths: string[]): Record<string, string> => {
  const snapshot = ((raw as { sourceSnapshot?: unknown } | null)?.sourceSnapshot ?? {}) as Record<string, unknown>
  const kinds = new Map(sourceFields(collection.fields, {}).map(({ path, kind }) => [path, kind]))
  const kindOf = (path: string, value: unknown): SourceField['kind'] =>
    kinds.get(path) ?? (value && typeof value === 'object' ? 'richText' : 'text')
  return Object.fromEntries(paths.map((path) => [path, plain(kindOf(path, snapshot[path]), snapshot[path])]))
}

/**
 * Reads everything the admin's translation panel and review view show for one document: its
 * Chinese source (published), and per target language the workflow record of the latest draft.
 * With `locale`, that language alone, with its texts. Returns null when there is no such
 * document. Callers check that the reader is staff.
 */
export const readTranslationStatus = async (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  id: string | number,
  locale?: TargetLocale,
): Promise<TranslationStatus | null> => {
  const slug = collection.slug as CollectionSlug
  const read = (args: { locale: string; draft: boolean }) =>
    (
      payload.findByID({
        collection: slug,
        id,
        locale: args.locale as 'zh',
        fallbackLocale: false,
        depth: 0,
        draft: args.draft,
        overrideAccess: true,
        disableErrors: true,
      }) as Promise<Record<string, unknown> | null>
    ).catch(() => null) // an id of the wrong shape is no document, not a server error

  const [source, all, target] = await Promise.all([
    read({ locale: sourceLocale, draft: false }),
    read({ locale: 'all', draft: true }),
    locale ? read({ locale, draft: true }) : Promise.resolve(null),
  ])
  if (!source || !all) return null

  const records = (all[translationGroupName] ?? {}) as Record<string, unknown>
  const wanted = locale ? [locale] : [...targetLocales]
  const reviewerIds = [
    ...new Set(
      wanted
        .map((code) => (records[code] as { reviewedBy?: unknown } | undefined)?.reviewedBy)
        .map((reviewer) => (reviewer && typeof reviewer === 'object' ? (reviewer as { id: unknown }).id : reviewer))
        .filter((reviewer): reviewer is string | number => typeof reviewer === 'string' || typeof reviewer === 'number'),
    ),
  ]
  const names = new Map<string, string | null>()
  if (reviewerIds.length > 0) {
    const reviewers = await payload.find({
      collection: 'users' as CollectionSlug,
      where: { id: { in: reviewerIds } },
      depth: 0,
      limit: reviewerIds.length,
      pagination: false,
      overrideAccess: true,
      select: { name: true } as never,
    })
    for (const user of reviewers.docs as unknown as { id: string | number; name?: string | null }[]) {
      names.set(String(user.id), user.name ?? null)
    }
  }

  const titleField = collection.admin?.useAsTitle
  const title = titleField ? getPath(source, titleField) : null
  const status = collection.versions?.drafts ? ((source._status as 'draft' | 'published' | undefined) ?? null) : null

  const languages = wanted.map((code): LanguageStatus => {
    const config = localeConfigs.find((entry) => entry.code === code)!
    const record = normalizeRecord(records[code], names)
    return {
      locale: code,
      label: config.label,
      rtl: Boolean(config.rtl),
      record,
      previousSource: previousSourceOf(collection, records[code], record.outdatedFields),
      ...(locale && target ? { fields: textsOf(collection, target) } : {}),
    }
  })

  return {
    collection: collection.slug,
    id: source.id as string | number,
    title: typeof title === 'string' ? title : title == null ? null : String(title),
    status,
    source: { locale: sourceLocale, updatedAt: asString(source.updatedAt), fields: textsOf(collection, source) },
    languages,
  }
}

/**
 * GET /api/{collection}/{id}/translation[?locale=en]
 * Staff only: the translation record of every target language (latest draft) and the Chinese
 * source texts; with `locale`, one language and its own texts for the review view.
 */
const handler =
  (slug: CollectionSlug): PayloadHandler =>
  async (req) => {
    if (!staffRole(req)) return apiError(401, 'Sign in as staff to see the translation status.')
    const id = req.routeParams?.id as string
    const requested = req.searchParams.get('locale')
    if (requested !== null && !(targetLocales as readonly string[]).includes(requested)) {
      return apiError(400, `"locale" must be one of ${targetLocales.join(', ')}.`)
    }
    const status = await readTranslationStatus(
      req.payload,
      req.payload.collections[slug].config,
      id,
      (requested ?? undefined) as TargetLocale | undefined,
    )
    if (!status) return apiError(404, `No ${slug} document with id ${id}.`)
    return Response.json(status, { headers: { 'Cache-Control': 'no-store' } })
  }

export const translationStatusEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/translation',
  method: 'get',
  handler: handler(slug),
})
