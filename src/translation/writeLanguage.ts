import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

type WriteArgs = {
  payload: Payload
  collection: SanitizedCollectionConfig
  id: string | number
  locale: string
  data: Record<string, unknown>
  /** The ongoing request, to share its transaction; its locale is restored afterwards. */
  req?: PayloadRequest
  /**
   * Publish this language now (approval, withdrawal, state changes), or keep the change in the
   * document's draft for review (machine translation).
   */
  publish?: boolean
}

/**
 * Writes one language of a document on behalf of the workflow. When publishing on a published
 * document only that language is published (an editor's unpublished Chinese draft stays a
 * draft); otherwise the change stays in the document's draft.
 */
export const writeLanguage = async ({ payload, collection, id, locale, data, req, publish = true }: WriteArgs) => {
  const slug = collection.slug as CollectionSlug
  let publication = {}
  let status = {}
  if (collection.versions?.drafts) {
    const published = await payload.count({
      collection: slug,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    const isPublished = published.totalDocs > 0 && publish
    publication = isPublished ? { draft: false, publishSpecificLocale: locale } : { draft: true }
    // Without it the status of the latest draft would be copied onto the published document.
    status = { _status: isPublished ? 'published' : 'draft' }
  }
  // The Local API merges `context` into `req`: restored too, so the rest of the request is not taken for a workflow step.
  const saved = { locale: req?.locale, fallbackLocale: req?.fallbackLocale, context: req?.context }
  try {
    return await payload.update({
      collection: slug,
      id,
      locale: locale as 'en',
      data: { ...data, ...status } as never,
      depth: 0,
      overrideAccess: true,
      context: { translationWorkflow: true },
      req,
      ...publication,
    })
  } finally {
    if (req) Object.assign(req, saved)
  }
}
