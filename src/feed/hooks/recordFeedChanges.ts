import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { allLocales, type Locale, targetLocales } from '../../localization/locales'
import { queueDispatch } from '../../webhooks/queue'
import { markChanged } from '../changeLog'

/**
 * Notes which languages of an item partners must hear about after a save: the one language a
 * translation workflow step published, or every language when the item itself was published,
 * changed while published, or unpublished. A draft saved beside a published version changes
 * nothing partners can see and is not noted. Webhook partners are told through the job queue.
 */
export const recordFeedChange: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  if (collection.versions?.drafts && doc._status !== 'published') {
    // `previousDoc` is the latest version, often a draft, so it cannot tell an unpublish from a
    // draft save. The stored document can: a draft save leaves it as it was (still published, or
    // unpublished since before), while this save wrote it when the timestamps match.
    const stored = await req.payload.db.findOne<{ id: string | number; _status?: string; updatedAt?: string }>({
      collection: collection.slug as CollectionSlug,
      where: { id: { equals: doc.id } },
      select: { _status: true, updatedAt: true },
      req,
    })
    if (!stored || stored._status === 'published' || stored.updatedAt !== doc.updatedAt) return doc
  }
  const oneLanguage = context.translationWorkflow && (targetLocales as readonly string[]).includes(req.locale ?? '')
  const locales: readonly Locale[] = oneLanguage ? [req.locale as Locale] : allLocales
  // The feed notes every language even after a one-language step: each language's item shows the
  // document's updatedAt and which other languages are approved (alternates).
  await markChanged(req.payload, collection.slug, doc.id, allLocales, req)
  await queueDispatch(req, collection.slug, doc.id, locales)
  return doc
}

/** A deleted item becomes a tombstone in every language. */
export const recordFeedDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await markChanged(req.payload, collection.slug, id, allLocales, req)
  await queueDispatch(req, collection.slug, id, allLocales)
}
