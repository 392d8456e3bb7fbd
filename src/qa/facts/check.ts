/**
 * The fact check of one language of a document: every translatable field of the Chinese source
 * against the same field of the translation, rich text block by block, array rows row by row.
 * Fields the translation has not filled yet are skipped (nothing to compare).
 */
import type { Field } from 'payload'

import { getPath } from '../../translation/paths'
import { richTextBlocks, type TextBlockText } from '../../translation/richText'
import { hasText, type SourceField, sourceFields } from '../../translation/sourceFields'
import { type BlockFacts, compareFacts } from './compare'
import { extractFacts } from './extract'
import { normalizeUrl } from './links'
import { phoneDigits } from './phones'
import type { Fact, FactFinding } from './types'

const blocksOf = (kind: SourceField['kind'], value: unknown): TextBlockText[] =>
  kind === 'richText'
    ? richTextBlocks(value)
    : [{ id: '', text: typeof value === 'string' ? value : String(value ?? ''), urls: [] }]

/** A link's target counts as written in its block: https:// as a url, mailto: as an e-mail, tel: as a phone. */
const linkFact = (url: string): Fact | null => {
  const base = { text: url, start: -1, end: -1 }
  if (/^mailto:/i.test(url)) return { ...base, kind: 'email', value: url.slice(7).split('?')[0].toLowerCase(), numbers: [] }
  if (/^tel:/i.test(url)) return { ...base, kind: 'phone', value: phoneDigits(url.slice(4)), numbers: [] }
  if (/^(?:https?:\/\/|www\.)/i.test(url)) return { ...base, kind: 'url', value: normalizeUrl(url), numbers: [] }
  return null
}

const factsOf = (block: TextBlockText, locale: string): Fact[] => [
  ...extractFacts(block.text, locale),
  ...block.urls.map(linkFact).filter((fact): fact is Fact => fact !== null),
]

/** Findings for one field: the Chinese value and the translated value, with their kind. */
export const checkFieldFacts = (
  path: string,
  kind: SourceField['kind'],
  sourceValue: unknown,
  targetValue: unknown,
  locale: string,
): FactFinding[] => {
  const source = blocksOf(kind, sourceValue)
  const target = blocksOf(kind, targetValue)
  const ids = [...new Set([...source.map(({ id }) => id), ...target.map(({ id }) => id)])]
  const blocks: BlockFacts[] = ids.map((id) => ({
    block: id,
    source: source.filter((block) => block.id === id).flatMap((block) => factsOf(block, 'zh')),
    target: target.filter((block) => block.id === id).flatMap((block) => factsOf(block, locale)),
  }))
  return compareFacts(path, blocks)
}

/**
 * Fact findings for one language of a document: `source` is the Chinese document, `target` the
 * same document read in `locale`. `paths` limits the check to some fields.
 */
export const checkDocumentFacts = (
  fields: Field[],
  source: Record<string, unknown>,
  target: Record<string, unknown>,
  locale: string,
  paths?: string[],
): FactFinding[] =>
  sourceFields(fields, source)
    .filter(({ path, value }) => hasText(value) && (!paths || paths.includes(path)))
    .flatMap(({ path, kind, value }) => {
      const translated = getPath(target, path)
      return hasText(translated) ? checkFieldFacts(path, kind, value, translated, locale) : []
    })
