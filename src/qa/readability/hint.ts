/**
 * One line for editors about a text's readability, in the admin's UI language (English or
 * Chinese): fine, or what to change when the text misses the portal's target.
 */
import { message } from '../../translation/admin/messages'
import type { Readability, ReadabilityMeasure } from './types'

/** Formulas are named after their authors in both admin languages. */
const formulaNames: Partial<Record<ReadabilityMeasure, string>> = {
  fleschReadingEase: 'Flesch',
  amstad: 'Amstad',
  kandelMoles: 'Kandel–Moles',
  fernandezHuerta: 'Fernández-Huerta',
  oborneva: 'Oborneva',
}

export const measureName = (measure: ReadabilityMeasure, language: string): string =>
  formulaNames[measure] ?? message(language, measure === 'wordsPerSentence' ? 'wordsPerSentence' : 'charactersPerSentence')

export const readabilityHint = (readability: Readability, language: string): string => {
  const { score, target, averageSentenceLength: length } = readability
  const measure = measureName(readability.measure, language)
  if (!readability.harder) return message(language, 'readabilityMeets', { measure, score, target })
  return message(language, readability.direction === 'atMost' ? 'readabilityLong' : 'readabilityLow', {
    measure,
    score,
    target,
    length,
  })
}
