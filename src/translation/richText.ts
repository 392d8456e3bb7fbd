/**
 * Lexical rich text ⇄ translatable segments, for machine translation through DeepL with
 * `tag_handling: 'html'`. Pure functions, no I/O; the input state is never mutated.
 *
 * Every block that carries text (paragraph, heading, quote, list item, table cell with inline
 * children) becomes one HTML-ish segment: marks are tags (`<b>`, `<i>`, `<s>`, `<u>`, `<sub>`,
 * `<sup>`), links are `<a id="N">` (the url never leaves the node), linebreaks `<br/>`, and
 * everything not to be translated (inline code, tabs, unknown inline nodes) is an
 * `<x id="N"/>` placeholder that is put back verbatim. Text nodes with properties that tags
 * cannot express (style, text state, highlight, …) are wrapped in `<span id="N">` so they come
 * back with all their properties. A block's id is its path in the tree: "2.1" is child 1 of
 * root child 2 (a list item); a table cell's paragraph is "5.0.1.0" (table 5, row 0, cell 1,
 * paragraph 0), a cell holding inline children directly is "5.0.1".
 */

export type TextSegment = { id: string; text: string; tagged: boolean; context?: string }

type LexNode = Record<string, unknown> & { type?: unknown; children?: unknown }

// ---------------------------------------------------------------------------------------------
// HTML helpers

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Escapes the characters that would otherwise read as markup: & < >. */
export const escapeHtml = (text: string): string => text.replace(/[&<>]/g, (char) => escapes[char])

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return namedEntities[body.toLowerCase()] ?? entity
  })

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }

const tagPattern =
  /<\s*(\/)?\s*([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/)?\s*>/y
const attrPattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** Small tokenizer for the HTML we send and DeepL sends back; a `<` that opens no tag is text. */
const tokenize = (html: string): Token[] => {
  const tokens: Token[] = []
  let text = ''
  let position = 0
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text: decodeEntities(text) })
    text = ''
  }
  while (position < html.length) {
    const next = html.indexOf('<', position)
    if (next === -1) {
      text += html.slice(position)
      break
    }
    text += html.slice(position, next)
    tagPattern.lastIndex = next
    const match = tagPattern.exec(html)
    if (!match) {
      text += '<'
      position = next + 1
      continue
    }
    flush()
    const [whole, closing, name, rawAttrs, selfClosing] = match
    if (closing) tokens.push({ kind: 'close', name: name.toLowerCase() })
    else {
      const attrs: Record<string, string> = {}
      for (const attr of rawAttrs.matchAll(attrPattern)) {
        attrs[attr[1].toLowerCase()] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '')
      }
      tokens.push({ kind: 'open', name: name.toLowerCase(), attrs, selfClosing: Boolean(selfClosing) })
    }
    position = next + whole.length
  }
  flush()
  return tokens
}

// ---------------------------------------------------------------------------------------------
// Lexical shapes

const marks = [
  ['b', 1],
  ['i', 2],
  ['s', 4],
  ['u', 8],
  ['sub', 32],
  ['sup', 64],
] as const
type Mark = (typeof marks)[number][0]
const markBits = new Map<string, number>(marks)
const mappedBits = marks.reduce((bits, [, bit]) => bits | bit, 0)
const codeBit = 16

/** Blocks left exactly as they are: nothing in them is translated. */
const skippedBlockTypes = new Set(['code', 'upload', 'relationship', 'block', 'horizontalrule'])
/** Blocks whose children are inline, even when they have none. */
const textBlockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem'])
/** Inline node types that show a block carries text directly. */
const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak', 'tab'])
/** Children of a text block that are blocks of their own (a nested list in a list item). */
const nestedBlockTypes = new Set(['list', 'table', 'paragraph', 'heading', 'quote', ...skippedBlockTypes])
const linkTypes = new Set(['link', 'autolink'])

const plainTextDefaults = { detail: 0, mode: 'normal', style: '', type: 'text', version: 1 }
const plainLinebreak = { type: 'linebreak', version: 1 }

const isNode = (value: unknown): value is LexNode => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const childrenOf = (node: LexNode): unknown[] => (Array.isArray(node.children) ? node.children : [])
const isElement = (node: LexNode) => Array.isArray(node.children)

const rootOf = (state: unknown): LexNode | undefined => {
  if (!isNode(state)) return undefined
  if (isNode(state.root)) return state.root
  return state.type === 'root' ? state : undefined
}

const sameShape = (node: LexNode, shape: Record<string, unknown>, ignore: string[]) => {
  const keys = Object.keys(node).filter((key) => !ignore.includes(key))
  return keys.length === Object.keys(shape).length && keys.every((key) => node[key] === shape[key])
}

/** A text node tags can express fully: only the usual properties, and only mapped marks. */
const isPlainText = (node: LexNode) =>
  typeof node.text === 'string' &&
  typeof node.format === 'number' &&
  (node.format & ~mappedBits) === 0 &&
  sameShape(node, plainTextDefaults, ['text', 'format'])

/** A text node whose text is translated (not inline code, not a token such as a mention). */
const isTranslatableText = (node: LexNode) =>
  node.type === 'text' &&
  typeof node.text === 'string' &&
  (typeof node.format !== 'number' || (node.format & codeBit) === 0) &&
  (node.mode === undefined || node.mode === 'normal')

const isTextBlock = (node: LexNode) =>
  isElement(node) &&
  !skippedBlockTypes.has(String(node.type)) &&
  (textBlockTypes.has(String(node.type)) ||
    childrenOf(node).some((child) => isNode(child) && inlineTypes.has(String(child.type))))

const isNestedBlock = (node: unknown): boolean => isNode(node) && nestedBlockTypes.has(String(node.type))

const inlineChildren = (block: LexNode): LexNode[] =>
  childrenOf(block).filter((child): child is LexNode => isNode(child) && !isNestedBlock(child))

/** Plain text of inline nodes: text as is, linebreaks as newlines, other elements by their text. */
const inlinePlainText = (nodes: unknown[]): string =>
  nodes
    .map((node) => {
      if (!isNode(node)) return ''
      if (node.type === 'linebreak') return '\n'
      if (typeof node.text === 'string') return node.text
      return inlinePlainText(childrenOf(node))
    })
    .join('')

type TextBlock = { id: string; node: LexNode }

/** Every text block in document order, with its path; skipped blocks are not entered. */
const textBlocks = (root: LexNode): TextBlock[] => {
  const found: TextBlock[] = []
  const visit = (node: unknown, id: string) => {
    if (!isNode(node) || skippedBlockTypes.has(String(node.type)) || !isElement(node)) return
    const path = (index: number) => (id ? `${id}.${index}` : String(index))
    if (id && isTextBlock(node)) {
      found.push({ id, node })
      childrenOf(node).forEach((child, index) => isNestedBlock(child) && visit(child, path(index)))
    } else childrenOf(node).forEach((child, index) => visit(child, path(index)))
  }
  visit(root, '')
  return found
}

const nodeAtPath = (root: LexNode, id: string): LexNode | undefined => {
  let node: LexNode | undefined = root
  for (const part of id.split('.')) {
    if (!/^\d+$/.test(part) || !node) return undefined
    const child: unknown = childrenOf(node)[Number(part)]
    node = isNode(child) ? child : undefined
  }
  return node
}

// ---------------------------------------------------------------------------------------------
// Block → tagged text

type Registry = Map<string, { kind: 'a' | 'x' | 'span'; node: LexNode }>
type Serialized = { html: string; registry: Registry; markCounts: Map<string, number>; breaks: number; translatable: string }

const serializeBlock = (block: LexNode): Serialized => {
  const registry: Registry = new Map()
  const markCounts = new Map<string, number>()
  let breaks = 0
  let translatable = ''
  const register = (kind: 'a' | 'x' | 'span', node: LexNode) => {
    const id = String(registry.size + 1)
    registry.set(id, { kind, node })
    return id
  }

  const serialize = (nodes: LexNode[], insideLink: boolean): string => {
    let html = ''
    const open: Mark[] = []
    const closeTo = (depth: number) => {
      while (open.length > depth) html += `</${open.pop()}>`
    }
    const setMarks = (format: number) => {
      let keep = 0
      while (keep < open.length && (format & markBits.get(open[keep])!) !== 0) keep++
      closeTo(keep)
      for (const [mark, bit] of marks) {
        if ((format & bit) !== 0 && !open.includes(mark)) {
          html += `<${mark}>`
          open.push(mark)
          markCounts.set(mark, (markCounts.get(mark) ?? 0) + 1)
        }
      }
    }
    for (const node of nodes) {
      if (node.type === 'text' && isTranslatableText(node)) {
        const text = node.text as string
        if (!text) continue
        const format = typeof node.format === 'number' ? node.format : 0
        setMarks(format)
        translatable += text
        html += isPlainText(node) ? escapeHtml(text) : `<span id="${register('span', node)}">${escapeHtml(text)}</span>`
      } else if (node.type === 'linebreak' && sameShape(node, plainLinebreak, [])) {
        html += '<br/>'
        breaks++
      } else if (linkTypes.has(String(node.type)) && isElement(node) && !insideLink) {
        closeTo(0)
        const id = register('a', node)
        html += `<a id="${id}">${serialize(childrenOf(node).filter(isNode), true)}</a>`
      } else {
        html += `<x id="${register('x', node)}"/>`
      }
    }
    closeTo(0)
    return html
  }

  const html = serialize(inlineChildren(block), false)
  return { html, registry, markCounts, breaks, translatable }
}

const contextLimit = 300

const truncateStart = (text: string) => (text.length > contextLimit ? `…${text.slice(-contextLimit)}` : text)
const truncateEnd = (text: string) => (text.length > contextLimit ? `${text.slice(0, contextLimit)}…` : text)

/** One tagged segment per non-empty text block, with the neighbouring blocks' text as context. */
export const richTextSegments = (state: unknown): TextSegment[] => {
  const root = rootOf(state)
  if (!root) return []
  const blocks = textBlocks(root)
    .map(({ id, node }) => ({ id, serialized: serializeBlock(node), plain: inlinePlainText(inlineChildren(node)).trim() }))
    .filter(({ serialized }) => serialized.translatable.trim().length > 0)
  return blocks.map(({ id, serialized }, index) => {
    const before = index > 0 ? truncateStart(blocks[index - 1].plain) : ''
    const after = index < blocks.length - 1 ? truncateEnd(blocks[index + 1].plain) : ''
    const context = [before, after].filter(Boolean).join('\n')
    return { id, text: serialized.html, tagged: true, ...(context ? { context } : {}) }
  })
}

// ---------------------------------------------------------------------------------------------
// Tagged text → inline nodes

class Rejected extends Error {}

/**
 * Parses a translation of a block back into inline nodes. Throws Rejected when the tags differ
 * from the source's: a different multiset of tags or ids, broken nesting, or unknown tags.
 */
const parseTranslation = (html: string, source: Serialized): LexNode[] => {
  const reject = (why: string): never => {
    throw new Rejected(why)
  }
  type Frame = { name: string; id?: string; link?: LexNode; span?: LexNode }
  const stack: Frame[] = []
  const root: LexNode[] = []
  const used = new Set<string>()
  const counts = new Map<string, number>()
  let breaks = 0
  // Which original node each new text node was cut from, so neighbours of the same kind merge.
  const origin = new WeakMap<LexNode, string>()

  const container = (): LexNode[] => {
    for (let index = stack.length - 1; index >= 0; index--) {
      const link = stack[index].link
      if (link) return link.children as LexNode[]
    }
    return root
  }
  const within = (name: string) => stack.some((frame) => frame.name === name)
  const take = (attrs: Record<string, string>, kind: 'a' | 'x' | 'span') => {
    const id = attrs.id
    const entry = id === undefined ? undefined : source.registry.get(id)
    if (!entry || entry.kind !== kind) return reject(`<${kind}> with unknown id ${id}`)
    if (used.has(id)) return reject(`id ${id} used twice`)
    used.add(id)
    return { id, node: entry.node }
  }

  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      const top = stack[stack.length - 1]
      if (top?.name === 'x') {
        if (token.text.trim()) reject('text inside a placeholder')
        continue
      }
      if (!token.text) continue
      let format = 0
      for (const frame of stack) format |= markBits.get(frame.name) ?? 0
      const span = stack.find((frame) => frame.span)
      const template = span?.span
      const node: LexNode = template
        ? { ...structuredClone(template), text: token.text, format: ((template.format as number) & ~mappedBits) | format }
        : { ...plainTextDefaults, format, text: token.text }
      const key = template ? `span:${span!.id}` : 'plain'
      const target = container()
      const previous = target[target.length - 1]
      if (previous && origin.get(previous) === key && previous.format === node.format) {
        previous.text = `${previous.text as string}${token.text}`
      } else {
        origin.set(node, key)
        target.push(node)
      }
      continue
    }
    if (token.kind === 'open') {
      const { name, attrs, selfClosing } = token
      if (within('x')) reject('tag inside a placeholder')
      if (markBits.has(name)) {
        if (selfClosing) reject(`empty <${name}/>`)
        counts.set(name, (counts.get(name) ?? 0) + 1)
        stack.push({ name })
      } else if (name === 'br') {
        breaks++
        container().push(structuredClone(plainLinebreak))
      } else if (name === 'a') {
        if (within('a') || within('span')) reject('link nested in a link or span')
        const { id, node } = take(attrs, 'a')
        const link: LexNode = { ...structuredClone(node), children: [] }
        container().push(link)
        if (selfClosing) reject('empty link')
        stack.push({ name, id, link })
      } else if (name === 'span') {
        if (within('span')) reject('span nested in a span')
        const { id, node } = take(attrs, 'span')
        if (selfClosing) reject('empty span')
        stack.push({ name, id, span: node })
      } else if (name === 'x') {
        const { id, node } = take(attrs, 'x')
        container().push(structuredClone(node))
        if (!selfClosing) stack.push({ name, id })
      } else reject(`unknown tag <${name}>`)
      continue
    }
    const top = stack.pop()
    if (!top || top.name !== token.name) reject(`</${token.name}> does not close the open tag`)
    if (top!.link && !inlinePlainText(childrenOf(top!.link)).trim()) {
      const original = source.registry.get(top!.id!)!.node
      if (inlinePlainText(childrenOf(original)).trim()) reject('link lost its text')
    }
  }
  if (stack.length) reject(`unclosed <${stack[stack.length - 1].name}>`)
  if (used.size !== source.registry.size) reject('a link or placeholder is missing')
  if (breaks !== source.breaks) reject('linebreaks differ')
  for (const [mark] of marks) {
    if ((counts.get(mark) ?? 0) !== (source.markCounts.get(mark) ?? 0)) reject(`<${mark}> tags differ`)
  }
  return root
}

/** Replaces a text block's inline children, keeping nested blocks where they were. */
const replaceInline = (block: LexNode, inline: LexNode[]) => {
  const children: unknown[] = []
  let placed = false
  for (const child of childrenOf(block)) {
    if (isNestedBlock(child)) children.push(child)
    else if (!placed) {
      children.push(...inline)
      placed = true
    }
  }
  if (!placed) children.push(...inline)
  block.children = children
}

/** Sets direction 'rtl' on every element outside skipped blocks. */
const setRtl = (node: LexNode) => {
  if (skippedBlockTypes.has(String(node.type)) || !isElement(node)) return
  node.direction = 'rtl'
  for (const child of childrenOf(node)) if (isNode(child)) setRtl(child)
}

/**
 * Builds a translated copy of the state. A block whose translation does not carry the same tags
 * as its source keeps its original children and is listed in `failed`.
 */
export const applyRichTextTranslations = (
  state: unknown,
  translations: Map<string, string>,
  options: { rtl?: boolean } = {},
): { state: unknown; failed: string[] } => {
  if (!rootOf(state)) return { state: structuredClone(state), failed: [] }
  const copy = structuredClone(state)
  const root = rootOf(copy)!
  const failed: string[] = []
  // Parse everything against the untouched copy first: replacing a block never moves another.
  const replacements: { node: LexNode; inline: LexNode[] }[] = []
  for (const { id, node } of textBlocks(root)) {
    const translation = translations.get(id)
    if (translation === undefined) continue
    const source = serializeBlock(node)
    if (!source.translatable.trim()) continue
    try {
      replacements.push({ node, inline: parseTranslation(translation, source) })
    } catch (error) {
      if (!(error instanceof Rejected)) throw error
      failed.push(id)
    }
  }
  for (const { node, inline } of replacements) replaceInline(node, inline)
  if (options.rtl) setRtl(root)
  return { state: copy, failed }
}

// ---------------------------------------------------------------------------------------------
// Fallback: text node by text node

/** The block's text nodes in order (inside links too, not inside nested blocks or placeholders). */
const blockTextNodes = (block: LexNode): LexNode[] => {
  const found: LexNode[] = []
  const visit = (nodes: LexNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') found.push(node)
      else if (linkTypes.has(String(node.type))) visit(childrenOf(node).filter(isNode))
    }
  }
  visit(inlineChildren(block))
  return found
}

/** For one block, its translatable text nodes one by one as plain text; ids `<blockId>/<n>`. */
export const textNodeSegments = (state: unknown, blockId: string): TextSegment[] => {
  const root = rootOf(state)
  const block = root && nodeAtPath(root, blockId)
  if (!block || !isTextBlock(block)) return []
  const context = inlinePlainText(inlineChildren(block)).trim()
  return blockTextNodes(block).flatMap((node, index) =>
    isTranslatableText(node) && (node.text as string).trim()
      ? [{ id: `${blockId}/${index}`, text: node.text as string, tagged: false, ...(context ? { context } : {}) }]
      : [],
  )
}

/** Writes node-by-node translations back; marks, links and the original outer whitespace stay. */
export const applyTextNodeTranslations = (state: unknown, translations: Map<string, string>): unknown => {
  const copy = structuredClone(state)
  const root = rootOf(copy)
  if (!root) return copy
  const byBlock = new Map<string, Map<number, string>>()
  for (const [key, text] of translations) {
    const match = /^(.+)\/(\d+)$/.exec(key)
    if (!match) continue
    const entries = byBlock.get(match[1]) ?? new Map<number, string>()
    entries.set(Number(match[2]), text)
    byBlock.set(match[1], entries)
  }
  for (const [blockId, entries] of byBlock) {
    const block = nodeAtPath(root, blockId)
    if (!block || !isTextBlock(block)) continue
    blockTextNodes(block).forEach((node, index) => {
      const text = entries.get(index)
      if (text === undefined || !isTranslatableText(node)) return
      const original = node.text as string
      const leading = /^\s*/.exec(original)![0]
      const trailing = original.trim() ? /\s*$/.exec(original)![0] : ''
      node.text = `${leading}${text.trim()}${trailing}`
    })
  }
  return copy
}

// ---------------------------------------------------------------------------------------------
// Plain text

const blockPlainText = (node: LexNode): string => {
  const parts: string[] = []
  let inline = ''
  const flush = () => {
    if (inline.trim()) parts.push(inline)
    inline = ''
  }
  for (const child of childrenOf(node)) {
    if (!isNode(child)) continue
    const type = String(child.type)
    const block =
      skippedBlockTypes.has(type) || (isElement(child) && !linkTypes.has(type) && (!isTextBlock(node) || isNestedBlock(child)))
    if (block) {
      flush()
      const text = blockPlainText(child)
      if (text.trim()) parts.push(text)
    } else inline += inlinePlainText([child])
  }
  flush()
  return parts.join('\n')
}

/** Plain text of a rich text value: blocks on lines of their own, code blocks included. */
export const richTextPlainText = (state: unknown): string => {
  const root = rootOf(state)
  return root ? blockPlainText(root) : ''
}

/** Urls of the links among inline nodes (internal links to documents have none). */
const linkUrls = (nodes: unknown[]): string[] =>
  nodes.flatMap((node) => {
    if (!isNode(node) || !linkTypes.has(String(node.type))) return []
    const url = isNode(node.fields) ? node.fields.url : node.url
    return typeof url === 'string' && url.trim() ? [url.trim()] : []
  })

export type TextBlockText = { id: string; text: string; urls: string[] }

/** Each text block's plain text with its id (path in the tree) and link urls, for block-by-block checks. */
export const richTextBlocks = (state: unknown): TextBlockText[] => {
  const root = rootOf(state)
  if (!root) return []
  return textBlocks(root)
    .map(({ id, node }) => ({ id, text: inlinePlainText(inlineChildren(node)), urls: linkUrls(inlineChildren(node)) }))
    .filter(({ text, urls }) => text.trim() || urls.length > 0)
}
