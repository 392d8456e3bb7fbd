/**
 * Keeps one DeepL (v2) glossary per zh->target pair in step with the `glossary` collection.
 *
 * For each target language the entries are: term -> approved[language], or term -> term for
 * doNotTranslate terms; terms without a rendering in that language are left out. `version` is a
 * short sha256 of the sorted entries; it identifies the terminology a translation was made with
 * (the translation memory keys on it). The state (glossary id + version per language) lives in
 * the hidden `deepl-glossaries` collection.
 *
 * syncGlossaries() builds a new DeepL glossary only for the languages whose version changed or
 * whose glossary disappeared at DeepL, stores the new id, then deletes the old glossary
 * (glossaries are immutable at DeepL). Glossary edits need no hook: the next sync sees the
 * version change.
 */
import { createHash } from 'node:crypto'

import { GlossaryEntries, GlossaryNotFoundError, type GlossaryInfo, type Translator } from 'deepl-node'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { sourceLocale, targetLocales, type TargetLocale } from '../../localization/locales'
import type { TerminologyEntry } from '../terminology'

/** Slug of the state collection (typed loosely so this compiles before payload-types is regenerated). */
export const deeplGlossariesSlug = 'deepl-glossaries' as string as CollectionSlug
const glossarySlug = 'glossary' as CollectionSlug

export type GlossaryState = { glossaryId: string | null; version: string }
export type GlossaryStates = Record<TargetLocale, GlossaryState>

/** One stored row of `deepl-glossaries`. */
export type StoredGlossary = GlossaryState & { entryCount: number; syncedAt: string | null }

export type GlossaryTerm = {
  term: string
  approved?: Partial<Record<TargetLocale, string | null | undefined>> | null
  doNotTranslate?: boolean | null
}

export type GlossaryOptions = {
  /** Run the Local API calls inside this request's transaction (e.g. a job's req). */
  req?: Partial<PayloadRequest>
}

type StoredDoc = {
  id: string | number
  locale: TargetLocale
  glossaryId?: string | null
  version?: string | null
  entryCount?: number | null
  syncedAt?: string | null
}

// ---------------------------------------------------------------------------------------------
// Entries and versions (no network)

/**
 * DeepL refuses control characters and line separators in terms and trims them; we collapse all
 * whitespace (those characters included) to single spaces and trim, so what we hash is what
 * DeepL stores.
 */
const cleanTerm = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .normalize('NFC')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : ''

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The glossary entries zh -> `locale`, sorted by source term: [term, rendering][]. A term that
 * repeats after whitespace cleanup is kept once (the first in sort order).
 */
export const buildGlossaryEntries = (terms: readonly GlossaryTerm[], locale: TargetLocale): [string, string][] => {
  const entries = new Map<string, string>()
  const candidates = terms
    .map((t) => {
      const term = cleanTerm(t.term)
      return [term, t.doNotTranslate ? term : cleanTerm(t.approved?.[locale])] as [string, string]
    })
    .filter(([term, rendering]) => term !== '' && rendering !== '')
    .sort((a, b) => byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]))
  for (const [term, rendering] of candidates) if (!entries.has(term)) entries.set(term, rendering)
  return [...entries]
}

/** Short sha256 (16 hex) of sorted entries. */
export const entriesVersion = (entries: readonly [string, string][]): string =>
  createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16)

/** Every glossary term, read with overrideAccess. */
export const readGlossaryTerms = async (payload: Payload, options: GlossaryOptions = {}): Promise<GlossaryTerm[]> => {
  const { docs } = await payload.find({
    collection: glossarySlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { term: true, approved: true, doNotTranslate: true } as never,
    req: options.req,
  })
  return docs as unknown as GlossaryTerm[]
}

/** Entries and version per target language, from the current terms (no network). */
export const glossaryEntriesByLocale = async (
  payload: Payload,
  options: GlossaryOptions = {},
): Promise<Record<TargetLocale, { entries: [string, string][]; version: string }>> => {
  const terms = await readGlossaryTerms(payload, options)
  return Object.fromEntries(
    targetLocales.map((locale) => {
      const entries = buildGlossaryEntries(terms, locale)
      return [locale, { entries, version: entriesVersion(entries) }]
    }),
  ) as Record<TargetLocale, { entries: [string, string][]; version: string }>
}

/**
 * The version each language's glossary would have now, from the current terms (no network).
 * Equal to what syncGlossaries() returns once it has run on these terms.
 */
export const glossaryVersions = async (
  payload: Payload,
  options: GlossaryOptions = {},
): Promise<Record<TargetLocale, string>> => {
  const byLocale = await glossaryEntriesByLocale(payload, options)
  return Object.fromEntries(targetLocales.map((locale) => [locale, byLocale[locale].version])) as Record<
    TargetLocale,
    string
  >
}

/** The version of one language (no network). */
export const glossaryVersion = async (
  payload: Payload,
  locale: TargetLocale,
  options: GlossaryOptions = {},
): Promise<string> => entriesVersion(buildGlossaryEntries(await readGlossaryTerms(payload, options), locale))

/**
 * The terms for the terminology check in one language: approved rendering (or the term itself
 * when doNotTranslate); terms without a rendering in that language are left out.
 */
export const glossaryEntries = async (
  payload: Payload,
  locale: TargetLocale,
  options: GlossaryOptions = {},
): Promise<TerminologyEntry[]> => {
  const terms = await readGlossaryTerms(payload, options)
  const doNotTranslate = new Set(terms.filter((t) => t.doNotTranslate).map((t) => cleanTerm(t.term)))
  return buildGlossaryEntries(terms, locale).map(([term, approved]) =>
    doNotTranslate.has(term) ? { term, approved, doNotTranslate: true } : { term, approved },
  )
}

// ---------------------------------------------------------------------------------------------
// Stored state

const readStored = async (payload: Payload, options: GlossaryOptions): Promise<Map<TargetLocale, StoredDoc>> => {
  const { docs } = await payload.find({
    collection: deeplGlossariesSlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: options.req,
  })
  return new Map((docs as unknown as StoredDoc[]).map((doc) => [doc.locale, doc]))
}

/**
 * What the last sync stored, per language, without asking DeepL: null for a language never
 * synced. The stored version may lag behind glossaryVersions() until the next sync.
 */
export const currentGlossaries = async (
  payload: Payload,
  options: GlossaryOptions = {},
): Promise<Record<TargetLocale, StoredGlossary | null>> => {
  const stored = await readStored(payload, options)
  return Object.fromEntries(
    targetLocales.map((locale) => {
      const doc = stored.get(locale)
      return [
        locale,
        doc && doc.version
          ? {
              glossaryId: doc.glossaryId || null,
              version: doc.version,
              entryCount: doc.entryCount ?? 0,
              syncedAt: doc.syncedAt ?? null,
            }
          : null,
      ]
    }),
  ) as Record<TargetLocale, StoredGlossary | null>
}

const writeStored = async (
  payload: Payload,
  existing: StoredDoc | undefined,
  data: Omit<StoredDoc, 'id'>,
  options: GlossaryOptions,
) => {
  if (existing) {
    await payload.update({
      collection: deeplGlossariesSlug,
      id: existing.id,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
  } else {
    await payload.create({
      collection: deeplGlossariesSlug,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Sync

/** DeepL glossary names: recognisable in the DeepL account, with language and version. */
export const glossaryName = (locale: TargetLocale, version: string) => `portal ${sourceLocale}-${locale} ${version}`

/** Runs of syncGlossaries per Payload instance, so two calls in one process never race. */
const running = new WeakMap<Payload, Promise<unknown>>()

/**
 * Brings the DeepL glossaries in line with the `glossary` collection and returns, per target
 * language, the glossary id to pass to translateText (null: no terms in that language, translate
 * without a glossary) and the version to key the translation memory with.
 *
 * Network: one GET /v2/glossaries when some language may be kept as it is, then for each
 * changed language one POST (new glossary) and one DELETE (the replaced one). Nothing when no
 * language has entries and nothing changed.
 *
 * Errors from DeepL (AuthorizationError, QuotaExceededError, ConnectionError, ...) are thrown
 * as deepl-node raised them; languages handled before the failure keep their new state.
 * Failing to delete a replaced glossary is only logged.
 */
export const syncGlossaries = async (
  payload: Payload,
  translator: Translator,
  options: GlossaryOptions = {},
): Promise<GlossaryStates> => {
  const previous = running.get(payload) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(() => syncNow(payload, translator, options))
  running.set(payload, run)
  try {
    return await run
  } finally {
    if (running.get(payload) === run) running.delete(payload)
  }
}

const syncNow = async (payload: Payload, translator: Translator, options: GlossaryOptions): Promise<GlossaryStates> => {
  const wanted = await glossaryEntriesByLocale(payload, options)
  const stored = await readStored(payload, options)

  // Languages that may keep their glossary: same version and one on record. Ask DeepL once
  // which glossaries still exist.
  const candidates = targetLocales.filter((locale) => {
    const doc = stored.get(locale)
    return doc?.version === wanted[locale].version && Boolean(doc.glossaryId)
  })
  const onServer = new Map<string, GlossaryInfo>()
  if (candidates.length > 0) {
    for (const info of await translator.listGlossaries()) onServer.set(info.glossaryId, info)
  }
  const stillValid = (locale: TargetLocale, glossaryId: string) => {
    const info = onServer.get(glossaryId)
    return (
      info !== undefined &&
      info.sourceLang.toLowerCase() === sourceLocale &&
      info.targetLang.toLowerCase() === locale &&
      info.entryCount === wanted[locale].entries.length
    )
  }

  const result = {} as GlossaryStates
  for (const locale of targetLocales) {
    const { entries, version } = wanted[locale]
    const doc = stored.get(locale)
    const oldId = doc?.glossaryId || null

    if (doc?.version === version) {
      if (entries.length === 0 && !oldId) {
        result[locale] = { glossaryId: null, version }
        continue
      }
      if (oldId && entries.length > 0 && stillValid(locale, oldId)) {
        result[locale] = { glossaryId: oldId, version }
        continue
      }
    }

    let glossaryId: string | null = null
    if (entries.length > 0) {
      const info = await translator.createGlossary(
        glossaryName(locale, version),
        sourceLocale,
        locale,
        new GlossaryEntries({ entries: Object.fromEntries(entries) }),
      )
      glossaryId = info.glossaryId
    }
    await writeStored(
      payload,
      doc,
      { locale, glossaryId, version, entryCount: entries.length, syncedAt: new Date().toISOString() },
      options,
    )
    if (oldId && oldId !== glossaryId) await deleteQuietly(payload, translator, oldId, locale)
    result[locale] = { glossaryId, version }
  }
  return result
}

const deleteQuietly = async (payload: Payload, translator: Translator, glossaryId: string, locale: TargetLocale) => {
  try {
    await translator.deleteGlossary(glossaryId)
  } catch (error) {
    if (error instanceof GlossaryNotFoundError) return
    payload.logger.warn(
      { err: error, glossaryId, locale },
      `DeepL glossary ${glossaryId} (${sourceLocale}-${locale}) was replaced but could not be deleted`,
    )
  }
}
