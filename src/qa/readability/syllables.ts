/**
 * Syllable counts per language. English uses the maintained `syllable` package (dictionary of
 * exceptions plus rules). For the other alphabetic languages a syllable is a group of adjacent
 * vowel letters of that language — a documented approximation that is stable enough for
 * comparing texts against a target:
 * - de: a e i o u y ä ö ü (diphthongs ei, au, eu count once);
 * - fr: a e i o u y with accents, œ æ; a final silent -e / -es / -ent after a consonant is not
 *   counted when the word has another vowel group;
 * - es: a e i o u ü with accents (diphthongs and final -y as in "hoy" count once, hiatus such
 *   as "día" is under-counted);
 * - ru: every vowel letter is a syllable (а е ё и о у ы э ю я), which is exact for Russian.
 */
import { syllable } from 'syllable'

const vowelGroups: Record<string, RegExp> = {
  de: /[aeiouyäöü]+/g,
  fr: /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g,
  es: /[aeiouáéíóúü]+/g,
  ru: /[аеёиоуыэюя]/g,
}

const frenchSilentEnding = /(?<=[^aeiouyàâäéèêëîïôöùûüÿœæ])e(s|nt)?$/

const countGroups = (word: string, locale: string): number => {
  const lower = word.toLowerCase()
  const groups = lower.match(vowelGroups[locale])?.length ?? 0
  if (locale === 'fr' && groups > 1 && frenchSilentEnding.test(lower)) return groups - 1
  return groups
}

export const syllableLocales = ['en', ...Object.keys(vowelGroups)]

/** Syllables in one word; at least one for any word with letters. */
export const syllables = (word: string, locale: string): number =>
  Math.max(1, locale === 'en' ? syllable(word) : countGroups(word, locale))
