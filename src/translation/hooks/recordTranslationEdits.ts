import type { CollectionBeforeChangeHook } from 'payload'

import { type TargetLocale, targetLocales } from '../../localization/locales'
import { checkDocumentFacts } from '../../qa/facts/check'
import { readSourceSnapshot } from '../sourceSnapshot'
import { hashValue, sourceFields, translationGroupName } from '../sourceFields'
import type { TranslationMethod } from '../states'
import { checkTerminology } from '../terminologyCheck'

type Record_ = { state?: string; method?: TranslationMethod | null } & Record<string, unknown>

/**
 * A person changing the words of a target language makes it a human (or machine+human)
 * translation that needs review again: an approved text that is edited is no longer approved.
 * The record notes the Chinese text the edit was made against.
 */
export const recordTranslationEdits: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  const locale = req.locale
  if (context.translationWorkflow || operation !== 'update' || !(targetLocales as readonly string[]).includes(locale ?? '')) {
    return data
  }
  const before = Object.fromEntries(sourceFields(collection.fields, originalDoc ?? {}).map(({ path, value }) => [path, hashValue(value)]))
  const edited = sourceFields(collection.fields, data).some(({ path, value }) => before[path] !== hashValue(value))
  const previous = (originalDoc?.[translationGroupName] ?? {}) as Record_
  if (!edited) return { ...data, [translationGroupName]: previous }

  const source = await readSourceSnapshot(req.payload, collection, originalDoc!.id, true)
  const translated = { ...originalDoc, ...data }
  const terminology = await checkTerminology(req.payload, collection.fields, source.doc, translated, locale as TargetLocale)
  const facts = checkDocumentFacts(collection.fields, source.doc, translated, locale as TargetLocale)
  const machineMade = previous.method === 'machine' || previous.method === 'machine_human'
  // Lets this one write through the group's workflow-only field access.
  req.context.translationWorkflow = true
  return {
    ...data,
    [translationGroupName]: {
      ...previous,
      state: 'in_review',
      method: machineMade ? 'machine_human' : 'human',
      translatedAt: new Date().toISOString(),
      sourceHashes: source.hashes,
      sourceSnapshot: source.texts,
      sourceUpdatedAt: source.updatedAt,
      outdatedFields: [],
      reviewedBy: null,
      reviewedAt: null,
      reviewerDepartment: null,
      terminology,
      facts,
    },
  }
}
