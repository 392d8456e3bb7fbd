import type { Translator } from 'deepl-node'
import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { checkDocumentFacts } from '../qa/facts/check'
import { syncGlossaries } from './deepl/glossarySync'
import { translateTexts, type Usage } from './deepl/translateTexts'
import { lookupMemory, memoryKey, storeMemory } from './memory'
import { setPath } from './paths'
import { applyRichTextTranslations, applyTextNodeTranslations, richTextPlainText, richTextSegments, textNodeSegments } from './richText'
import { hasText, type SourceField, sourceFields, translationGroupName } from './sourceFields'
import { snapshotOf } from './sourceSnapshot'
import type { TranslationState } from './states'
import { checkTerminology } from './terminologyCheck'
import { writeLanguage } from './writeLanguage'

export type LocaleOutcome = {
  locale: TargetLocale
  status: 'translated' | 'skipped'
  reason?: string
  fields: string[]
  segments: number
  fromMemory: number
  terminologyFindings: number
  factFindings: number
}

export type MachineTranslateResult = { usage: Usage; locales: LocaleOutcome[] }

type Doc = Record<string, unknown> & { id: string | number }

/** Languages machine translation may write without being asked field by field. */
const writableStates: readonly TranslationState[] = ['missing', 'machine_draft', 'outdated']

const engine = 'deepl'

const plainText = (field: SourceField) => (field.kind === 'richText' ? richTextPlainText(field.value) : String(field.value ?? ''))

/** Title and summary give DeepL the document's subject as context for every segment. */
const documentContext = (fields: SourceField[]) =>
  fields
    .filter(({ path }) => path === 'title' || path === 'name' || path === 'summary')
    .map(plainText)
    .join('\n')
    .slice(0, 1000)

/**
 * Translation memory first, DeepL for the rest: the same Chinese segment into the same language
 * with the same glossary is paid for once.
 */
const memoryBackedTranslator = (
  payload: Payload,
  translator: Translator,
  locale: TargetLocale,
  glossary: { glossaryId: string | null; version: string },
  usage: Usage,
  useMemory: boolean,
) => {
  let fromMemory = 0
  const translate = async (texts: string[], tagged: boolean, context?: string): Promise<string[]> => {
    const item = (source: string) => ({ source, locale, glossaryVersion: glossary.version, tagged })
    const known = useMemory ? await lookupMemory(payload, texts.map(item)) : new Map<string, string>()
    const missing = [...new Set(texts.filter((text) => !known.has(memoryKey(item(text)))))]
    fromMemory += texts.filter((text) => !missing.includes(text)).length
    if (missing.length > 0) {
      const translated = await translateTexts(translator, missing, { locale, tagged, glossaryId: glossary.glossaryId, context }, usage)
      missing.forEach((text, index) => known.set(memoryKey(item(text)), translated[index]))
      await storeMemory(
        payload,
        missing.map((source, index) => ({ ...item(source), translation: translated[index], engine })),
      )
    }
    return texts.map((text) => known.get(memoryKey(item(text)))!)
  }
  return { translate, fromMemory: () => fromMemory }
}

/** Translates one rich text value block by block; blocks whose tags came back wrong go node by node. */
const translateRichText = async (
  value: unknown,
  rtl: boolean,
  translate: (texts: string[], tagged: boolean, context?: string) => Promise<string[]>,
  context: string,
) => {
  const segments = richTextSegments(value)
  const translated = await translate(
    segments.map(({ text }) => text),
    true,
    context,
  )
  const result = applyRichTextTranslations(value, new Map(segments.map(({ id }, index) => [id, translated[index]])), { rtl })
  let state = result.state
  for (const blockId of result.failed) {
    const nodes = textNodeSegments(value, blockId)
    if (nodes.length === 0) continue
    const texts = await translate(
      nodes.map(({ text }) => text),
      false,
      nodes[0].context,
    )
    state = applyTextNodeTranslations(state, new Map(nodes.map(({ id }, index) => [id, texts[index]])))
  }
  return { state, segments: segments.length }
}

/** Which fields a language needs: all, only those whose Chinese changed, or those asked for. */
const fieldsToTranslate = (
  fields: SourceField[],
  state: TranslationState,
  record: Record<string, unknown>,
  requested: string[] | undefined,
): SourceField[] | string => {
  if (requested?.length) return fields.filter(({ path }) => requested.some((p) => path === p || path.startsWith(`${p}.`)))
  if (!writableStates.includes(state)) {
    return `the language is ${state.replace('_', ' ')}: a person's text is kept unless fields are requested explicitly`
  }
  if (state === 'outdated') {
    const outdated = (record.outdatedFields ?? []) as string[]
    return fields.filter(({ path }) => outdated.includes(path))
  }
  return fields
}

/**
 * Machine-translates one document into the given languages. Each language is read, translated
 * completely and then written in one save into the document's draft as `machine_draft`, so a
 * failure part-way leaves that language exactly as it was; readers see it only once approved.
 */
export const machineTranslate = async (args: {
  payload: Payload
  collection: CollectionSlug
  id: string | number
  locales: TargetLocale[]
  fields?: string[]
  translator: Translator
  /** false sends every segment to DeepL afresh, ignoring (but still filling) the memory. */
  useMemory?: boolean
}): Promise<MachineTranslateResult> => {
  const { payload, id, locales, translator } = args
  const config = payload.collections[args.collection].config as SanitizedCollectionConfig
  const read = (locale: string, draft: boolean) =>
    payload.findByID({ collection: args.collection, id, locale: locale as 'zh', fallbackLocale: false, depth: 0, draft, overrideAccess: true }) as Promise<unknown> as Promise<Doc>

  const source = await read('zh', false)
  const fields = sourceFields(config.fields, source).filter(({ value }) => hasText(value))
  const snapshot = snapshotOf(config, source)
  const context = documentContext(fields)
  // Brings DeepL's glossaries up to date with the glossary collection (a no-op when unchanged).
  const glossaries = await syncGlossaries(payload, translator)
  const usage: Usage = { requests: 0, billedCharacters: 0 }
  const outcomes: LocaleOutcome[] = []

  for (const locale of locales) {
    const target = await read(locale, true)
    const record = (target[translationGroupName] ?? {}) as Record<string, unknown>
    const wanted = fieldsToTranslate(fields, (record.state as TranslationState) ?? 'missing', record, args.fields)
    if (typeof wanted === 'string') {
      outcomes.push({ locale, status: 'skipped', reason: wanted, fields: [], segments: 0, fromMemory: 0, terminologyFindings: 0, factFindings: 0 })
      continue
    }
    const glossary = glossaries[locale] ?? { glossaryId: null, version: 'none' }
    const { translate, fromMemory } = memoryBackedTranslator(payload, translator, locale, glossary, usage, args.useMemory ?? true)
    const draft = structuredClone(target)
    let segments = 0

    const plain = wanted.filter(({ kind }) => kind === 'text')
    const plainOut = await translate(plain.map(plainText), false, context)
    plain.forEach(({ path }, index) => setPath(draft, path, plainOut[index]))
    segments += plain.length
    for (const field of wanted.filter(({ kind }) => kind === 'richText')) {
      const rich = await translateRichText(field.value, locale === 'ar', translate, context)
      setPath(draft, field.path, rich.state)
      segments += rich.segments
    }

    const findings = await checkTerminology(payload, config.fields, source, draft, locale)
    const facts = checkDocumentFacts(config.fields, source, draft, locale)
    const topLevel = [...new Set(wanted.map(({ path }) => path.split('.')[0]))]
    const previousMethod = record.method
    await writeLanguage({
      payload,
      collection: config,
      id,
      locale,
      publish: false,
      data: {
        ...Object.fromEntries(topLevel.map((name) => [name, draft[name]])),
        [translationGroupName]: {
          ...record,
          state: 'machine_draft',
          method: previousMethod === 'human' || previousMethod === 'machine_human' ? 'machine_human' : 'machine',
          engine,
          translatedAt: new Date().toISOString(),
          sourceHashes: snapshot.hashes,
          sourceSnapshot: snapshot.texts,
          sourceUpdatedAt: snapshot.updatedAt,
          outdatedFields: [],
          terminology: findings,
          facts,
        },
      },
    })
    outcomes.push({
      locale,
      status: 'translated',
      fields: wanted.map(({ path }) => path),
      segments,
      fromMemory: fromMemory(),
      terminologyFindings: findings.length,
      factFindings: facts.length,
    })
  }
  return { usage, locales: outcomes }
}
