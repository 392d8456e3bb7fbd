import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'

/**
 * The partner feed's change log: one row per (item, language), moved to a new sequence number
 * each time what readers see of that item in that language may have changed. Following the
 * sequence gives every change once, with the item's state at the time of reading.
 */
export const FeedState: CollectionConfig = {
  slug: 'feed-state',
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { hidden: true, group: 'Distribution', useAsTitle: 'key' },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'sequence', type: 'number', required: true, unique: true, index: true },
    { name: 'itemType', type: 'text', required: true, index: true },
    { name: 'itemId', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true, index: true },
  ],
  // A sync page reads one language in sequence order.
  indexes: [{ fields: ['locale', 'sequence'] }],
}
