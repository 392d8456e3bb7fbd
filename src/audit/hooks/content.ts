import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { describeChanges } from '../changes'
import { aboutDocument, recordAudit } from '../record'

/** Whether each document was published before the save now under way, per request. */
const publishedBefore = new WeakMap<PayloadRequest, Map<string, boolean>>()

const keyOf = (collection: SanitizedCollectionConfig, id: unknown) => `${collection.slug}:${id}`

/** The document itself, not its latest version (which may be a draft saved beside it). */
const isStoredPublished = async (req: PayloadRequest, collection: SanitizedCollectionConfig, id: unknown) => {
  const stored = await req.payload.db.findOne<{ id: string | number; _status?: string }>({
    collection: collection.slug as CollectionSlug,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return stored?._status === 'published'
}

/**
 * Before a save of a collection with drafts, notes whether the document is published now:
 * `previousDoc` is the latest version and cannot tell a withdrawal from a draft saved beside it.
 */
export const rememberPublication: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || context.translationWorkflow || !collection.versions?.drafts || !originalDoc) return data
  const seen = publishedBefore.get(req) ?? new Map<string, boolean>()
  publishedBefore.set(req, seen.set(keyOf(collection, originalDoc.id), await isStoredPublished(req, collection, originalDoc.id)))
  return data
}

/**
 * Records what people do to content. With drafts: publishing (first time or changes) and
 * withdrawal; draft saves are not recorded. Without drafts every save is live, so creates and
 * edits are recorded with what changed. Translation workflow steps are recorded by their endpoint.
 */
export const recordContentChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (context.translationWorkflow) return doc
  const base = aboutDocument(collection, doc)
  if (collection.versions?.drafts) {
    const wasPublished = operation === 'update' && publishedBefore.get(req)?.get(keyOf(collection, doc.id)) === true
    if (doc._status === 'published') {
      const summary = wasPublished ? 'Published changes.' : operation === 'create' ? 'Created and published.' : 'Published.'
      await recordAudit(req, { ...base, action: 'publish', summary })
    } else if (wasPublished && !(await isStoredPublished(req, collection, doc.id))) {
      await recordAudit(req, { ...base, action: 'unpublish', summary: 'Withdrawn: no longer public in any language.' })
    }
    return doc
  }
  if (operation === 'create') {
    await recordAudit(req, { ...base, action: 'create' })
    return doc
  }
  const changes = describeChanges(previousDoc ?? {}, doc)
  if (changes.length > 0) {
    const localized = collection.fields.some((field) => 'localized' in field && field.localized) && req.locale !== 'all'
    await recordAudit(req, { ...base, action: 'update', locale: localized ? req.locale : null, summary: changes.join('; ') })
  }
  return doc
}

export const recordContentDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, { ...aboutDocument(collection, doc), action: 'delete' })
}
