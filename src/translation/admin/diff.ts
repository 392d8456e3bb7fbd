/**
 * A small text diff for showing how a Chinese source changed: longest common subsequence on
 * characters for short texts; for long texts on sentences first, then on the characters of each
 * changed stretch when it is short enough. Pure; safe on the server and in the browser.
 */
export type DiffOp = 'equal' | 'delete' | 'insert'
export type DiffPart = { op: DiffOp; text: string }

/** Above this many DP cells (old length × new length), compare sentences instead of characters. */
const maxCells = 250_000

const merge = (parts: DiffPart[]): DiffPart[] =>
  parts.reduce<DiffPart[]>((merged, part) => {
    if (!part.text) return merged
    const last = merged[merged.length - 1]
    if (last && last.op === part.op) last.text += part.text
    else merged.push({ ...part })
    return merged
  }, [])

/** LCS over two token lists; returns parts in order, deletions before insertions in a change. */
const lcs = (a: string[], b: string[]): DiffPart[] => {
  const n = a.length
  const m = b.length
  const width = m + 1
  const table = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1])
    }
  }
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.push({ op: 'equal', text: a[i] })
      i++
      j++
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      parts.push({ op: 'delete', text: a[i++] })
    } else {
      parts.push({ op: 'insert', text: b[j++] })
    }
  }
  while (i < n) parts.push({ op: 'delete', text: a[i++] })
  while (j < m) parts.push({ op: 'insert', text: b[j++] })
  return parts
}

/** Sentences with their closing punctuation (Chinese and Western) or line break. */
export const sentences = (text: string): string[] => text.split(/(?<=[。！？；!?;\n])|(?<=\.)(?=\s)/u).filter(Boolean)

const charDiff = (before: string, after: string): DiffPart[] => lcs(Array.from(before), Array.from(after))

/**
 * Among equally long alignments, prefer the one that ends an insertion or deletion where the
 * text does: a lone edit between two equal runs slides right while it can, so an added sentence
 * reads "新增一句。" rather than "。新增一句".
 */
const slideRight = (parts: DiffPart[]): DiffPart[] => {
  for (let index = 1; index < parts.length - 1; index++) {
    const [previous, edit, next] = [parts[index - 1], parts[index], parts[index + 1]]
    if (previous.op !== 'equal' || next.op !== 'equal' || edit.op === 'equal') continue
    let editChars = Array.from(edit.text)
    let nextChars = Array.from(next.text)
    while (nextChars.length > 0 && editChars[0] === nextChars[0]) {
      previous.text += editChars[0]
      editChars = [...editChars.slice(1), nextChars[0]]
      nextChars = nextChars.slice(1)
    }
    edit.text = editChars.join('')
    next.text = nextChars.join('')
  }
  return merge(parts)
}

/** Diff of two texts as equal / delete / insert runs; `before` + deletions = old, + insertions = new. */
export const diffText = (before: string, after: string): DiffPart[] => {
  if (before === after) return before ? [{ op: 'equal', text: before }] : []
  const a = Array.from(before)
  const b = Array.from(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const prefix = a.slice(0, start).join('')
  const suffix = a.slice(a.length - end).join('')
  const oldMiddle = a.slice(start, a.length - end)
  const newMiddle = b.slice(start, b.length - end)

  let middle: DiffPart[]
  if (oldMiddle.length * newMiddle.length <= maxCells) {
    middle = lcs(oldMiddle, newMiddle)
  } else {
    // Long texts: sentences first, then characters inside each changed stretch.
    const coarse = merge(lcs(sentences(oldMiddle.join('')), sentences(newMiddle.join(''))))
    middle = []
    for (let index = 0; index < coarse.length; index++) {
      const part = coarse[index]
      const next = coarse[index + 1]
      if (part.op === 'delete' && next?.op === 'insert' && part.text.length * next.text.length <= maxCells) {
        middle.push(...charDiff(part.text, next.text))
        index++
      } else middle.push(part)
    }
  }
  return slideRight(merge([{ op: 'equal', text: prefix }, ...middle, { op: 'equal', text: suffix }]))
}
