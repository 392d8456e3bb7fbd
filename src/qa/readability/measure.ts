/**
 * Readability of one plain text in one language, against the portal's target for it.
 * Formulas (ASL = words per sentence, ASW = syllables per word):
 * - en Flesch reading ease: 206.835 − 1.015·ASL − 84.6·ASW
 * - de Amstad: 180 − ASL − 58.5·ASW
 * - fr Kandel–Moles: 207 − 1.015·ASL − 73.6·ASW
 * - es Fernández-Huerta (corrected form): 206.84 − 60·ASW − 1.02·ASL
 * - ru Oborneva: 206.835 − 1.3·ASL − 60.1·ASW
 * - ar: words per sentence (letters per word reported alongside); no maintained formula exists
 * - zh, ja, ko: content characters (letters and digits) per sentence
 * Returns undefined for empty text or a language without a target.
 */
import { syllables } from './syllables'
import { readabilityTargets } from './targets'
import { contentCharacters, sentences, words } from './text'
import type { Readability, ReadabilityMeasure } from './types'

const fleschFamily: Partial<Record<ReadabilityMeasure, (asl: number, asw: number) => number>> = {
  fleschReadingEase: (asl, asw) => 206.835 - 1.015 * asl - 84.6 * asw,
  amstad: (asl, asw) => 180 - asl - 58.5 * asw,
  kandelMoles: (asl, asw) => 207 - 1.015 * asl - 73.6 * asw,
  fernandezHuerta: (asl, asw) => 206.84 - 60 * asw - 1.02 * asl,
  oborneva: (asl, asw) => 206.835 - 1.3 * asl - 60.1 * asw,
}

const round = (value: number) => Math.round(value * 10) / 10
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

export const baseLocale = (locale: string) => locale.toLowerCase().split(/[-_]/)[0]

export const measureReadability = (text: string, locale: string): Readability | undefined => {
  const base = baseLocale(locale)
  const target = readabilityTargets[base]
  const parts = sentences(text)
  if (!target || parts.length === 0) return undefined
  const result = (score: number, averageSentenceLength: number, averageWordLength?: number): Readability => {
    const harder = target.direction === 'atLeast' ? score < target.target : score > target.target
    return {
      locale: base,
      ...target,
      score: round(score),
      harder,
      sentences: parts.length,
      averageSentenceLength: round(averageSentenceLength),
      ...(averageWordLength === undefined ? {} : { averageWordLength: round(averageWordLength * 100) / 100 }),
    }
  }
  if (target.measure === 'charactersPerSentence') {
    const perSentence = sum(parts.map((part) => contentCharacters(part).length)) / parts.length
    return result(perSentence, perSentence)
  }
  const allWords = parts.flatMap(words)
  if (allWords.length === 0) return undefined
  const asl = allWords.length / parts.length
  if (target.measure === 'wordsPerSentence')
    return result(asl, asl, sum(allWords.map((word) => [...word].length)) / allWords.length)
  const asw = sum(allWords.map((word) => syllables(word, base))) / allWords.length
  return result(fleschFamily[target.measure]!(asl, asw), asl, asw)
}
