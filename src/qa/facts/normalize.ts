/**
 * One character for one character, so positions in the normalized text are positions in the
 * original: full-width digits and signs, Arabic-Indic and Persian digits, Arabic separators and
 * no-break spaces become their ASCII forms.
 */
const single = new Map<string, string>([
  ['％', '%'],
  ['٪', '%'],
  ['：', ':'],
  ['．', '.'],
  ['٫', '.'],
  ['٬', ','],
  ['－', '-'],
  ['‐', '-'],
  ['‑', '-'],
  ['～', '~'],
  ['〜', '~'],
  ['／', '/'],
  ['＋', '+'],
  ['（', '('],
  ['）', ')'],
  ['＠', '@'],
  ['\u00a0', ' '],
  ['\u202f', ' '],
  ['\u2009', ' '],
  ['\u2007', ' '],
])

const mapChar = (char: string): string => {
  const code = char.charCodeAt(0)
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48) // ０-９
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48) // ٠-٩
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48) // ۰-۹
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0) // Ａ-Ｚ ａ-ｚ
  return single.get(char) ?? char
}

/** The text with ASCII digits and signs, the same length as the input. */
export const normalizeText = (text: string): string => {
  let out = ''
  for (let i = 0; i < text.length; i++) out += mapChar(text[i])
  return out.replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c]/g, ' ')
}
