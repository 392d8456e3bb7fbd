import { measureReadability } from './measure'
import type { Readability } from './types'

/** Fields readability applies to: the running texts people read through, not titles or list items. */
export const readableFields = ['summary', 'body']

export type FieldReadability = Readability & { field: string }

/** Readability of a document's summary and body in one language (fields without text are left out). */
export const fieldsReadability = (fields: { path: string; text: string }[], locale: string): FieldReadability[] =>
  fields.flatMap(({ path, text }) => {
    const readability = readableFields.includes(path) ? measureReadability(text, locale) : undefined
    return readability ? [{ field: path, ...readability }] : []
  })
