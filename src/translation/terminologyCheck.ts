import type { Field, Payload } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { glossaryEntries } from './deepl/glossarySync'
import { getPath } from './paths'
import { richTextPlainText } from './richText'
import { hasText, type SourceField, sourceFields } from './sourceFields'
import { documentTerminologyFindings } from './terminology'

const plain = (kind: SourceField['kind'], value: unknown) => (kind === 'richText' ? richTextPlainText(value) : String(value ?? ''))

/** One (source, target) plain-text pair per translated field, as the terminology check reads them. */
export const terminologyPairs = (
  fields: Field[],
  source: Record<string, unknown>,
  target: Record<string, unknown>,
  paths?: string[],
) =>
  sourceFields(fields, source)
    .filter(({ path, value }) => hasText(value) && (!paths || paths.includes(path)))
    .map(({ path, kind, value }) => ({ field: path, source: plain(kind, value), target: plain(kind, getPath(target, path)) }))

/**
 * Glossary terms in the Chinese source whose approved rendering is missing from the target
 * language, field by field. `paths` limits the check to some fields.
 */
export const checkTerminology = async (
  payload: Payload,
  fields: Field[],
  source: Record<string, unknown>,
  target: Record<string, unknown>,
  locale: TargetLocale,
  paths?: string[],
) => documentTerminologyFindings(terminologyPairs(fields, source, target, paths), await glossaryEntries(payload, locale), locale)
