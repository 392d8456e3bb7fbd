import type { Field } from 'payload'

import { isStaffField } from '../../src/access/isStaffField'
import { nobodyField } from '../../src/access/nobodyField'

/**
 * When content was last confirmed accurate, by whom, and an optional date it must be reviewed by
 * (else the collection's review cycle after the last review). `lastReviewedAt` is public: the site
 * shows it. "Mark reviewed" (src/reviews/markReviewed.ts) writes the first two.
 */
export const reviewCycleFields = (): Field[] => [
  {
    name: 'lastReviewedAt',
    type: 'date',
    admin: { position: 'sidebar' },
  },
  {
    name: 'lastReviewedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: isStaffField, create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewBy',
    type: 'date',
    label: 'Review by',
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description: 'Optional: leave empty to use the review cycle after the last review.',
    },
  },
]
