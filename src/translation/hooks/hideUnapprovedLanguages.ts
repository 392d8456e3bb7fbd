import type { CollectionAfterReadHook } from 'payload'

import { staffRole } from '../../access/roles'
import { sourceLocale } from '../../localization/locales'
import { keepLocales, replaceLocalized } from '../localizedValues'
import { translationGroupName } from '../sourceFields'
import { publicStates, type TranslationState } from '../states'

type Doc = Record<string, unknown> & { id: string | number }

const isPublic = (record: unknown) =>
  publicStates.includes((record as { state?: TranslationState } | null | undefined)?.state ?? 'missing')

/**
 * The last line of defence for public reads: a language that is not approved is never shown.
 * With `locale=all` such languages are removed from every field; read in such a language (a
 * media item, or a document reached through a relation), its words are the Chinese original
 * and its state says `missing`.
 */
export const hideUnapprovedLanguages: CollectionAfterReadHook = async ({ collection, doc, overrideAccess, req }) => {
  if (overrideAccess || staffRole(req) || !doc) return doc
  const locale = req.locale ?? sourceLocale
  if (locale === sourceLocale) return doc
  const record = (doc as Doc)[translationGroupName]

  if (locale === 'all') {
    const keep = new Set(
      [sourceLocale, ...Object.entries((record ?? {}) as Record<string, unknown>).filter(([, value]) => isPublic(value)).map(([code]) => code)],
    )
    keepLocales(collection.fields, doc as Doc, keep)
    return doc
  }
  if (isPublic(record)) return doc

  const original = await req.payload.findByID({
    collection: collection.slug,
    id: (doc as Doc).id,
    locale: sourceLocale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    // No `req`: passing it would switch the locale of the whole ongoing read to Chinese.
  })
  if (original) replaceLocalized(collection.fields, doc as Doc, original as unknown as Doc)
  return { ...doc, [translationGroupName]: { state: 'missing' } }
}
