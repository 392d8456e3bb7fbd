/** Builds Lexical rich text from plain strings, so seed files stay readable. */
type Block = string | { heading: string; tag?: 'h2' | 'h3' } | { list: string[]; ordered?: boolean }

export const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const block = (item: Block) => {
  if (typeof item === 'string') return element('paragraph', [text(item)], { textFormat: 0, textStyle: '' })
  if ('heading' in item) return element('heading', [text(item.heading)], { tag: item.tag ?? 'h2' })
  const listType = item.ordered ? 'number' : 'bullet'
  return element(
    'list',
    item.list.map((entry, index) => element('listitem', [text(entry)], { value: index + 1 })),
    { listType, start: 1, tag: item.ordered ? 'ol' : 'ul' },
  )
}

export const richText = (...blocks: Block[]) => ({ root: element('root', blocks.map(block)) })
