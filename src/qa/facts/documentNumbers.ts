/**
 * Document numbers (文号): 沪府办字〔2026〕5号, 国发〔2024〕1号. A translation keeps them as they
 * are or writes the year and number its own way ("[2026] No. 5", "〔2026〕 n° 5"); both compare
 * as '<year>:<number>'.
 */
import type { Extractor } from './extractor'

const open = '[〔\\[［【(（]'
const close = '[〕\\]］】)）]'
const numberMark = '(?:第|No\\.?|Nr\\.?|n[°ºo]\\.?|N[°ºo]\\.?|núm\\.?|n\\.º|№|رقم|제)?'

const pattern = new RegExp(
  `(?:[\\u4e00-\\u9fff]{1,12}\\s*)?${open}\\s*((?:19|20)\\d{2})\\s*${close}\\s*${numberMark}\\s*(\\d{1,5})\\s*(?:号|號|호)?`,
  'gu',
)

export const documentNumbers: Extractor = {
  kind: 'documentNumber',
  pattern: () => pattern,
  read: (match) => [{ value: `${match[1]}:${Number(match[2])}`, numbers: [Number(match[1]), Number(match[2])] }],
}
