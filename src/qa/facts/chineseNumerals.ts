/** Chinese numerals: 七, 十五, 一百, 两, 二十五万, 一千零五, 二〇二六. */

const digitValues: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const bigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** Characters that make a run of numeral characters a number (not 百 or 万 alone). */
export const chineseDigitChars = '零〇一二两三四五六七八九十'

/** Characters a Chinese numeral is written with. */
export const chineseNumeralChars = '零〇一二两三四五六七八九十百千万亿'

/** The value of a Chinese numeral, or null when the characters do not form one. */
export const parseChineseNumeral = (text: string): number | null => {
  if (!text) return null
  // Digit by digit, as in years: 二〇二六.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(text)) return Number([...text].map((char) => digitValues[char]).join(''))
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const char of text) {
    if (char in digitValues) {
      if (digit !== null && digit !== 0 && digitValues[char] !== 0) return null
      digit = digitValues[char]
    } else if (char in smallUnits) {
      section += (digit ?? 1) * smallUnits[char]
      digit = null
    } else if (char in bigUnits) {
      section += digit ?? 0
      if (char === '亿') {
        if (total + section === 0) return null
        total = (total + section) * bigUnits[char]
      } else {
        if (section === 0) return null
        total += section * bigUnits[char]
      }
      section = 0
      digit = null
    } else return null
  }
  return total + section + (digit ?? 0)
}
