import type { Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { readSourceSnapshot } from './sourceSnapshot'
import { translationGroupName } from './sourceFields'
import { writeLanguage } from './writeLanguage'

export type Reviewer = { id: string | number; department?: string | null }

/**
 * Records a reviewer's approval of one language. Approval confirms the text against the
 * published Chinese as it stands now, so the source hashes are refreshed and nothing is outdated.
 */
export const approveLanguage = async (args: {
  payload: Payload
  collection: SanitizedCollectionConfig
  id: string | number
  locale: string
  record: Record<string, unknown>
  reviewer: Reviewer | null
  req?: PayloadRequest
}) => {
  const { payload, collection, id, locale, record, reviewer, req } = args
  const source = await readSourceSnapshot(payload, collection, id, false)
  return writeLanguage({
    payload,
    collection,
    id,
    locale,
    req,
    data: {
      [translationGroupName]: {
        ...record,
        state: 'approved',
        reviewedBy: reviewer?.id ?? null,
        reviewedAt: new Date().toISOString(),
        reviewerDepartment: reviewer?.department ?? null,
        sourceHashes: source.hashes,
        sourceSnapshot: source.texts,
        sourceUpdatedAt: source.updatedAt,
        outdatedFields: [],
      },
    },
  })
}
