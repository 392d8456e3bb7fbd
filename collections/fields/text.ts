import type { RichTextField, TextareaField, TextField } from 'payload'

/** Translatable single-line text. */
export const localizedText = (name: string, required = false): TextField => ({
  name,
  type: 'text',
  localized: true,
  required,
})

export const localizedTextarea = (name: string, required = false): TextareaField => ({
  name,
  type: 'textarea',
  localized: true,
  required,
})

/** Translatable rich text; the editor itself comes from the config default (Lexical). */
export const localizedRichText = (name: string, required = false): RichTextField => ({
  name,
  type: 'richText',
  localized: true,
  required,
})
