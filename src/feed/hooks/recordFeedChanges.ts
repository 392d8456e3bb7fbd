import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { allLocales, type Locale, targetLocales } from '../../localization/locales'
import { markChanged } from '../changeLog'

/**
 * Notes which languages of an item partners must hear about after a save: the one language a
 * translation workflow step published, or every language when the item itself was published,
 * changed while published, or unpublished. A draft saved beside a published version changes
 * nothing partners can see and is not noted.
 */
export const recordFeedChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (collection.versions?.drafts && doc._status !== 'published') {
    const stillPublished = await req.payload.count({
      collection: collection.slug as CollectionSlug,
      where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (stillPublished.totalDocs > 0 || previousDoc?._status !== 'published') return doc
  }
  const oneLanguage = context.translationWorkflow && (targetLocales as readonly string[]).includes(req.locale ?? '')
  const locales: readonly Locale[] = oneLanguage ? [req.locale as Locale] : allLocales
  await markChanged(req.payload, collection.slug, doc.id, locales, req)
  return doc
}

/** A deleted item becomes a tombstone in every language. */
export const recordFeedDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await markChanged(req.payload, collection.slug, id, allLocales, req)
}
