import type { DateField } from 'payload'

/** Set automatically the first time a document is published, editable afterwards. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) =>
        !value && siblingData._status === 'published' ? new Date().toISOString() : value,
    ],
  },
})
