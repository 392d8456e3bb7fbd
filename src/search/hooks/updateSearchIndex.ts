import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { allLocales, type Locale, targetLocales } from '../../localization/locales'
import { dropDocument, syncDocument } from '../indexer'
import type { SearchType } from '../types'

/**
 * After any save, the document's rows follow what the public can now read: publishing,
 * unpublishing and editing touch every language; a translation workflow step (approve, send
 * back, outdated: saves with `context.translationWorkflow` in one target language) only its own.
 */
export const updateSearchIndex: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  const oneLanguage = context.translationWorkflow && (targetLocales as readonly string[]).includes(req.locale ?? '')
  const locales: readonly Locale[] = oneLanguage ? [req.locale as Locale] : allLocales
  await syncDocument(req.payload, collection.slug as SearchType, doc.id, locales, req)
  return doc
}

export const removeFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await dropDocument(req.payload, collection.slug as SearchType, id, req)
}
