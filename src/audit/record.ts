import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { currentRequestId } from '../logging/requestContext'
import type { AuditAction } from './actions'
import { actorOf } from './actor'

export const auditLogSlug = 'audit-log' as CollectionSlug

export type AuditEntry = {
  action: AuditAction
  collection: string
  id: string | number
  title?: string | null
  /** The one language acted on, if only one was. */
  locale?: string | null
  /** What changed, in a few words: never a key, secret or hash. */
  summary?: string | null
}

const clip = (text: string | null | undefined, max: number) =>
  text && text.length > max ? `${text.slice(0, max - 1)}…` : (text ?? null)

/** A document's title as its collection's admin shows it (`useAsTitle`), or nothing. */
export const titleOf = (collection: SanitizedCollectionConfig, doc: Record<string, unknown> | null | undefined) => {
  const value = doc?.[collection.admin?.useAsTitle ?? 'id']
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/** The document an entry is about, with its title as it is now. */
export const aboutDocument = (collection: SanitizedCollectionConfig, doc: Record<string, unknown> & { id: string | number }) => ({
  collection: collection.slug,
  id: doc.id,
  title: titleOf(collection, doc),
})

/**
 * Appends one entry for the request's actor. Inside a hook, `req` carries the change's
 * transaction, so the entry commits or rolls back with the change. A failing write is logged and
 * never fails the action itself (every value is short and valid, so on PostgreSQL, where a failed
 * statement would abort the transaction, it does not fail).
 */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  try {
    await req.payload.create({
      collection: auditLogSlug,
      data: {
        ...actorOf(req),
        at: new Date().toISOString(),
        action: entry.action,
        collectionSlug: entry.collection,
        documentId: String(entry.id),
        title: clip(entry.title, 300),
        locale: entry.locale ?? null,
        summary: clip(entry.summary, 2000),
        requestId: currentRequestId() ?? null,
      } as never,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error(
      { err: error, action: entry.action, collection: entry.collection },
      'Could not record an audit entry',
    )
  }
}
