/**
 * The portal's readability target per language: the score a summary or body should reach.
 * Formula scores (Flesch family) are "at least"; length measures are "at most".
 * Values follow each formula's "fairly easy / plain language" band for public-service texts.
 */
import type { ReadabilityMeasure } from './types'

export type ReadabilityTarget = { measure: ReadabilityMeasure; target: number; direction: 'atLeast' | 'atMost' }

export const readabilityTargets: Record<string, ReadabilityTarget> = {
  en: { measure: 'fleschReadingEase', target: 60, direction: 'atLeast' },
  de: { measure: 'amstad', target: 50, direction: 'atLeast' },
  fr: { measure: 'kandelMoles', target: 60, direction: 'atLeast' },
  es: { measure: 'fernandezHuerta', target: 60, direction: 'atLeast' },
  ru: { measure: 'oborneva', target: 50, direction: 'atLeast' },
  // words per sentence; Arabic words carry clitics, so sentences are shorter in words
  ar: { measure: 'wordsPerSentence', target: 20, direction: 'atMost' },
  // content characters per sentence
  zh: { measure: 'charactersPerSentence', target: 40, direction: 'atMost' },
  ja: { measure: 'charactersPerSentence', target: 50, direction: 'atMost' },
  ko: { measure: 'charactersPerSentence', target: 45, direction: 'atMost' },
}
