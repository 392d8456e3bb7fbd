import type { ArrayField } from 'payload'

import { localizedText, localizedTextarea } from './text'

/** Question-and-answer pairs; the structure is shared, the words are per language. */
export const qaArray = (name = 'faqs'): ArrayField => ({
  name,
  type: 'array',
  fields: [localizedText('question', true), localizedTextarea('answer', true)],
})
