import type { TextField } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** URL path segment on the public site, the same in every language. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Lower-case letters, digits and hyphens, e.g. visa-extension.',
  },
  validate: (value: null | string | undefined) => {
    if (!value) return 'This field is required.'
    return slugPattern.test(value) || 'Use lower-case letters, digits and single hyphens only.'
  },
})
