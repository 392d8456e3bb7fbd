/**
 * Sentence and word splitting shared by the readability measures. Sentences end at . ! ? ;
 * (ASCII, full-width and Arabic forms) or a line break; a period before a digit ("1.5") or
 * after a one-letter word ("z. B.", "U.S.") does not end a sentence.
 */

const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{L})[.!?;…]+(?!\d)|[。！？；؟؛]+|\n+/u

export const sentences = (text: string): string[] =>
  text
    .normalize('NFC')
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))

/** Words: runs of letters, marks, digits, apostrophes and inner hyphens. */
export const words = (sentence: string): string[] => sentence.match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? []

/** Characters that carry content (letters and digits), for the character-based CJK measure. */
export const contentCharacters = (sentence: string): string[] => sentence.match(/[\p{L}\p{N}]/gu) ?? []
