import type { CollectionConfig } from 'payload'

import { allOf } from '../src/access/allOf'
import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { partnerScope } from '../src/access/partnerScope'
import { publishedOrStaff } from '../src/access/publishedOrStaff'
import type { FeedType } from '../src/feed/item'

/**
 * Editorial content with drafts (the feed's types): editors write, the public reads what is
 * published, a partner's key only its scope of that.
 */
export const editorialAccess = (type: FeedType): CollectionConfig['access'] => ({
  create: isEditor,
  delete: isEditor,
  read: allOf(publishedOrStaff, partnerScope(type)),
  readVersions: isStaff,
  update: isEditor,
})

/** Reference content without drafts: editors write, everyone reads. */
export const referenceAccess: CollectionConfig['access'] = {
  create: isEditor,
  delete: isEditor,
  read: anyone,
  update: isEditor,
}
