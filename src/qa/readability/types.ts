export type ReadabilityMeasure =
  'fleschReadingEase' | 'amstad' | 'kandelMoles' | 'fernandezHuerta' | 'oborneva' | 'wordsPerSentence' | 'charactersPerSentence'

export type Readability = {
  locale: string
  measure: ReadabilityMeasure
  /** Rounded to one decimal. */
  score: number
  target: number
  direction: 'atLeast' | 'atMost'
  /** True when the text misses the portal's target for its language. */
  harder: boolean
  sentences: number
  /** Words per sentence (characters per sentence for zh, ja, ko). */
  averageSentenceLength: number
  /** Syllables per word (Flesch family) or letters per word (ar); absent for zh, ja, ko. */
  averageWordLength?: number
}
