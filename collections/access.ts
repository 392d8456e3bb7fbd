import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { publishedOrStaff } from '../src/access/publishedOrStaff'

/** Editorial content with drafts: editors write, the public reads what is published. */
export const editorialAccess: CollectionConfig['access'] = {
  create: isEditor,
  delete: isEditor,
  read: publishedOrStaff,
  readVersions: isStaff,
  update: isEditor,
}

/** Reference content without drafts: editors write, everyone reads. */
export const referenceAccess: CollectionConfig['access'] = {
  create: isEditor,
  delete: isEditor,
  read: anyone,
  update: isEditor,
}
