import type { Field } from 'payload'

type Row = Record<string, unknown>

/**
 * Calls `leaf` for every localized field of a document, walking shared arrays and groups.
 * `other` is the same document read another way (array rows matched by id), or undefined.
 */
const visitLocalized = (
  fields: Field[],
  doc: Row | undefined,
  other: Row | undefined,
  leaf: (container: Row, name: string, otherContainer: Row | undefined) => void,
): void => {
  if (!doc) return
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) visitLocalized(field.fields, doc, other, leaf)
      if (field.type === 'tabs') for (const tab of field.tabs) visitLocalized(tab.fields, doc, other, leaf)
      continue
    }
    if ('localized' in field && field.localized) {
      leaf(doc, field.name, other)
    } else if (field.type === 'group') {
      visitLocalized(field.fields, doc[field.name] as Row, other?.[field.name] as Row, leaf)
    } else if (field.type === 'array' && Array.isArray(doc[field.name])) {
      const otherRows = (other?.[field.name] ?? []) as Row[]
      for (const row of doc[field.name] as Row[]) {
        visitLocalized(field.fields, row, otherRows.find((candidate) => candidate.id === row.id), leaf)
      }
    }
  }
}

/** In a `locale=all` document, removes every language not in `keep` from every localized field. */
export const keepLocales = (fields: Field[], doc: Row, keep: ReadonlySet<string>): void =>
  visitLocalized(fields, doc, undefined, (container, name) => {
    const value = container[name]
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const locale of Object.keys(value)) if (!keep.has(locale)) delete (value as Row)[locale]
    }
  })

/** Replaces every localized value of `doc` with the one in `source` (the same document in another language). */
export const replaceLocalized = (fields: Field[], doc: Row, source: Row): void =>
  visitLocalized(fields, doc, source, (container, name, sourceContainer) => {
    container[name] = sourceContainer?.[name] ?? null
  })
