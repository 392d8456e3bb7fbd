import { createHash } from 'node:crypto'

import type { Field } from 'payload'

/** One translatable value of a document: a localized text, textarea or rich text field. */
export type SourceField = {
  /** Dotted path with array indexes, e.g. `materials.2.name`; stable enough to name to people. */
  path: string
  kind: 'text' | 'richText'
  value: unknown
}

/** Name of the localized group that carries the workflow state; never itself translated. */
export const translationGroupName = 'translation'

const translatableTypes = new Set(['text', 'textarea', 'richText'])

/**
 * Walks a collection's field config alongside a document (read in one locale) and lists every
 * localized text. Arrays and groups are shared across languages; their localized children are
 * the translatable parts.
 */
export const sourceFields = (fields: Field[], doc: Record<string, unknown>, prefix = ''): SourceField[] =>
  fields.flatMap((field): SourceField[] => {
    if (!('name' in field)) {
      if ('fields' in field) return sourceFields(field.fields, doc, prefix)
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => sourceFields(tab.fields, doc, prefix))
      return []
    }
    if (field.name === translationGroupName && !prefix) return []
    const path = `${prefix}${field.name}`
    const value = doc?.[field.name]
    if (translatableTypes.has(field.type) && 'localized' in field && field.localized) {
      return [{ path, kind: field.type === 'richText' ? 'richText' : 'text', value }]
    }
    if (field.type === 'group') return sourceFields(field.fields, (value ?? {}) as Record<string, unknown>, `${path}.`)
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) => sourceFields(field.fields, row as Record<string, unknown>, `${path}.${index}.`))
    }
    return []
  })

/** True when a value has text worth translating. */
export const hasText = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0
  return Boolean(value && typeof value === 'object' && JSON.stringify(value).includes('"text":"'))
}

export const hashValue = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')
    .slice(0, 16)

/** Hash of every non-empty source text, by path. */
export const sourceHashes = (fields: SourceField[]): Record<string, string> =>
  Object.fromEntries(fields.filter(({ value }) => hasText(value)).map(({ path, value }) => [path, hashValue(value)]))
