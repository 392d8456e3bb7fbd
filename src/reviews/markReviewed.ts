import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { recordAudit } from '../audit/record'
import { sourceLocale } from '../localization/locales'
import { invalidateAfterWrite } from '../site/cache'
import type { ReviewedCollection } from './cycles'

export type ReviewConfirmation = { lastReviewedAt: string; lastReviewedBy: string | number; reviewBy: null }

/**
 * "Reviewed, still accurate": records who confirmed the document and when, and clears an explicit
 * review-by date, on the document and on its latest version (so the admin form shows it and a later
 * publish keeps it). It goes through the database adapter, not an update operation: the content did
 * not change, so there is no new version, no hook, no feed change and no translation marked
 * outdated. Only the audit entry and the public page's "last reviewed" date show it.
 * Returns null when there is no such document.
 */
export const markReviewed = async (
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: string | number,
): Promise<ReviewConfirmation | null> => {
  const { payload } = req
  const doc = await payload.findByID({
    collection,
    id,
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    // The document itself, not its latest draft: its updatedAt is the one kept below.
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { title: true, updatedAt: true },
  })
  if (!doc || !req.user) return null
  const data: ReviewConfirmation = { lastReviewedAt: new Date().toISOString(), lastReviewedBy: req.user.id, reviewBy: null }
  const ownTransaction = await initTransaction(req)
  try {
    // The adapter would stamp updatedAt; the content did not change, so the sitemap and caches keep theirs.
    await payload.db.updateOne({ collection, id: doc.id, data: { ...data, updatedAt: doc.updatedAt }, req, returning: false })
    const { docs } = await payload.db.findVersions({
      collection,
      where: { parent: { equals: doc.id }, latest: { equals: true } },
      limit: 1,
      pagination: false,
      sort: '-updatedAt',
      req,
    })
    const latest = docs[0]
    if (latest) {
      await payload.db.updateVersion({
        collection,
        id: latest.id,
        versionData: { version: { ...data, updatedAt: latest.version.updatedAt }, updatedAt: latest.updatedAt },
        req,
        returning: false,
      })
    }
    await recordAudit(req, {
      action: 'review-confirm',
      collection,
      id: doc.id,
      title: (doc as { title?: string | null }).title ?? null,
      summary: 'Reviewed, still accurate.',
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  // The public page shows the "last reviewed" date.
  invalidateAfterWrite(req)
  return data
}
