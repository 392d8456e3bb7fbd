/**
 * Text folding shared by the index and the query, so both meet in the same form: compatibility
 * forms unified (full-width ＶＩＳＡ is visa), lower case, accents dropped from Latin letters,
 * Arabic vowel marks and letter variants unified, every run of punctuation or spaces one space,
 * and a space where Chinese, Japanese or Korean meets other letters or digits (APEC峰会 is
 * "apec 峰会"). Each folded character remembers where it came from, so matches found in the
 * folded text can be highlighted in the original.
 */

export type Folded = {
  text: string
  /** For each code unit of `text`, the start and end of the original characters it came from. */
  starts: number[]
  ends: number[]
}

/**
 * Letters people type interchangeably: Latin letters that accent stripping leaves alone, Arabic
 * hamza-carrying alefs, alef maqsura and taa marbuta, and Russian ё.
 */
const letterFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ё: 'е',
}

/** Latin combining accents, Arabic short vowels and tatweel: dropped, they never decide a match. */
const ignorable = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/u
const latin = /\p{Script=Latin}/u
const wordChar = /[\p{L}\p{N}\p{M}]/u

const foldChar = (char: string): string => {
  if (ignorable.test(char)) return ''
  if (letterFolds[char]) return letterFolds[char]
  if (!latin.test(char)) return wordChar.test(char) ? char : ' '
  return char.normalize('NFD').replace(/\p{M}/gu, '')
}

/** Scripts written without spaces between words; a query in them is cut into overlapping pairs. */
const unspacedScripts = [/\p{Script=Han}/u, /\p{Script=Hiragana}/u, /[\p{Script=Katakana}\u30fc]/u, /\p{Script=Hangul}/u]

const scriptOf = (char: string): number => unspacedScripts.findIndex((script) => script.test(char))

/** Folds `text`, keeping for every folded code unit the range of original text it stands for. */
export const foldWithMap = (text: string): Folded => {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  const emit = (out: string, start: number, end: number) => {
    folded += out
    for (let unit = 0; unit < out.length; unit += 1) {
      starts.push(start)
      ends.push(end)
    }
  }
  let unspaced: boolean | null = null
  let index = 0
  for (const char of text) {
    const end = index + char.length
    for (const part of char.normalize('NFKC').toLowerCase()) {
      for (const out of foldChar(part)) {
        // One space between words, none at the start.
        if (out === ' ') {
          if (folded !== '' && !folded.endsWith(' ')) emit(' ', index, end)
          unspaced = null
          continue
        }
        const isUnspaced = scriptOf(out) !== -1
        if (unspaced !== null && unspaced !== isUnspaced) emit(' ', index, index)
        unspaced = isUnspaced
        emit(out, index, end)
      }
    }
    index = end
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1)
    starts.pop()
    ends.pop()
  }
  return { text: folded, starts, ends }
}

export const fold = (text: string): string => foldWithMap(text).text

/** Overlapping pairs of characters (签证延期 -> 签证 证延 延期); a single character stays itself. */
const bigrams = (run: string[]): string[] =>
  run.length < 2 ? [run.join('')] : run.slice(0, -1).map((char, index) => char + run[index + 1])

/** Arabic words take prefixes (the article ال, prepositions): they are matched anywhere in a word. */
const prefixed = /\p{Script=Arabic}/u

/**
 * The terms a folded query must all match. A word of a spaced script must start a word (visa
 * does not find advisable), written with its leading space; Arabic words match inside words;
 * Chinese, Japanese and Korean runs become overlapping character pairs, each run of one script
 * on its own, so 签证延期 needs no spaces and ビザ延長 also finds ビザの延長.
 */
export const queryTerms = (foldedQuery: string): string[] => {
  const terms: string[] = []
  for (const word of foldedQuery.split(' ').filter(Boolean)) {
    // Folding put a space wherever Chinese, Japanese or Korean meets other letters: the first
    // character tells what the word is.
    const [first] = word
    if (scriptOf(first) === -1) {
      terms.push(prefixed.test(word) ? word : ` ${word}`)
      continue
    }
    let run: string[] = []
    let runScript = -1
    for (const char of word) {
      const script = scriptOf(char)
      if (script !== runScript && run.length) {
        terms.push(...bigrams(run))
        run = []
      }
      runScript = script
      run.push(char)
    }
    terms.push(...bigrams(run))
  }
  return [...new Set(terms)]
}

/** The folded text as it is searched: with a leading space, so a word-start term finds the first word too. */
export const searchable = (folded: string): string => ` ${folded}`
