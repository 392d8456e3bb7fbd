import {
  applyRichTextTranslations,
  applyTextNodeTranslations,
  escapeHtml,
  richTextPlainText,
  richTextSegments,
  textNodeSegments,
  type TextSegment,
} from '../src/translation/richText'
import { element, text } from '../seed/richText'

// ---------------------------------------------------------------------------------------------
// A realistic document, in the shape the Payload Lexical editor stores.

const url = 'https://example.gov.cn/a?b=1&c=2'

const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const item = (value: number, ...children: unknown[]) => element('listitem', children, { value })
const list = (listType: 'bullet' | 'number', ...items: unknown[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' })
const cell = (headerState: number, ...children: unknown[]) =>
  element('tablecell', children, { backgroundColor: null, colSpan: 1, headerState, rowSpan: 1, width: null })
const link = (...children: unknown[]) =>
  element('link', children, { id: '66b0c0ffee', fields: { url, newTab: true, linkType: 'custom' }, version: 3 })

const buildDocument = () => ({
  root: element('root', [
    /* 0 */ element('heading', [text('Applying for a work permit')], { tag: 'h2' }),
    /* 1 */ paragraph(
      text('Foreign nationals '),
      text('must', 1),
      text(' apply '),
      text('before', 2),
      text(' arrival. See '),
      link(text('the official guide')),
      text(' & fill in '),
      text('form<A>', 16),
      text('.'),
      { type: 'linebreak', version: 1 },
      text('Fees: ¥200 < ¥300.'),
    ),
    /* 2 */ list(
      'bullet',
      item(1, text('A valid passport')),
      item(2, text('Two '), text('recent', 3), text(' photos')),
      item(3, list('bullet', item(1, text('White background')), item(2, text('No glasses')))),
    ),
    /* 3 */ list('number', item(1, text('Submit the form')), item(2, text('Pay the fee'))),
    /* 4 */ element('quote', [text('Processing takes '), text('15 working days', 1), text('.')]),
    /* 5 */ element(
      'table',
      [
        element('tablerow', [cell(1, paragraph(text('Document'))), cell(1, paragraph(text('Copies')))]),
        element('tablerow', [cell(0, paragraph(text('Passport'))), cell(0, paragraph(text('2')))]),
      ],
      { colWidths: [200, 120] },
    ),
    /* 6 */ element('code', [text('const fee = 200'), { type: 'linebreak', version: 1 }, text('pay(fee)')], { language: 'js' }),
    /* 7 */ { type: 'upload', relationTo: 'media', value: '6650aa', fields: null, format: '', version: 3 },
    /* 8 */ paragraph(),
    /* 9 */ paragraph(text('   ')),
    /* 10 */ { type: 'horizontalrule', version: 1 },
    /* 11 */ paragraph(text('Contact the '), text('service centre', 8), text(' for help.')),
  ]),
})

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value))

type Node = Record<string, any>
const at = (state: unknown, id: string): Node =>
  id.split('.').reduce((node: Node, index) => node.children[Number(index)], (state as Node).root)

const translationsOf = (segments: TextSegment[], translate: (html: string) => string) =>
  new Map(segments.map(({ id, text }) => [id, translate(text)]))

/** Uppercases the text between tags, leaving tags and entities alone. */
const shout = (html: string) =>
  html
    .split(/(<[^>]*>|&[a-z#0-9]+;)/i)
    .map((part) => (part.startsWith('<') || part.startsWith('&') ? part : part.toUpperCase()))
    .join('')

let doc: ReturnType<typeof buildDocument>
let original: unknown

beforeEach(() => {
  doc = deepFreeze(buildDocument())
  original = snapshot(doc)
})

afterEach(() => {
  // Nothing ever writes into the input.
  expect(snapshot(doc)).toEqual(original)
})

// ---------------------------------------------------------------------------------------------

describe('richTextSegments', () => {
  it('gives one tagged segment per text block, by path', () => {
    const segments = richTextSegments(doc)
    expect(segments.map(({ id }) => id)).toEqual([
      '0',
      '1',
      '2.0',
      '2.1',
      '2.2.0.0',
      '2.2.0.1',
      '3.0',
      '3.1',
      '4',
      '5.0.0.0',
      '5.0.1.0',
      '5.1.0.0',
      '5.1.1.0',
      '11',
    ])
    expect(segments.every(({ tagged }) => tagged)).toBe(true)
    const byId = new Map(segments.map((segment) => [segment.id, segment.text]))
    expect(byId.get('0')).toBe('Applying for a work permit')
    expect(byId.get('1')).toBe(
      'Foreign nationals <b>must</b> apply <i>before</i> arrival. See <a id="1">the official guide</a> &amp; fill in <x id="2"/>.<br/>Fees: ¥200 &lt; ¥300.',
    )
    expect(byId.get('2.1')).toBe('Two <b><i>recent</i></b> photos')
    expect(byId.get('4')).toBe('Processing takes <b>15 working days</b>.')
    expect(byId.get('11')).toBe('Contact the <u>service centre</u> for help.')
  })

  it('never sends urls, inline code, code blocks or uploads', () => {
    const all = richTextSegments(doc)
      .map(({ text, context }) => `${text}\n${context ?? ''}`)
      .join('\n')
    expect(all).not.toContain('example.gov.cn')
    expect(all).not.toContain('http')
    expect(all).not.toContain('form&lt;A&gt;')
    expect(all).not.toContain('const fee')
    expect(all).not.toContain('6650aa')
  })

  it('gives the neighbouring blocks as context, truncated', () => {
    const segments = richTextSegments(doc)
    const second = segments.find(({ id }) => id === '1')!
    expect(second.context).toBe('Applying for a work permit\nA valid passport')
    expect(segments[0].context).toContain('Foreign nationals must apply before arrival.')

    const long = 'word '.repeat(200)
    const state = { root: element('root', [paragraph(text(long)), paragraph(text('Short one')), paragraph(text(long))]) }
    const middle = richTextSegments(state)[1]
    expect(middle.context!.length).toBeLessThan(700)
    expect(middle.context!.length).toBeGreaterThan(500)
  })

  it('returns nothing for empty or missing values', () => {
    expect(richTextSegments(null)).toEqual([])
    expect(richTextSegments({ root: element('root', [paragraph()]) })).toEqual([])
    expect(richTextSegments({ root: element('root', [paragraph(text('code()', 16))]) })).toEqual([])
  })
})

describe('applyRichTextTranslations', () => {
  it('reproduces the document exactly from an identity translation', () => {
    const { state, failed } = applyRichTextTranslations(
      doc,
      translationsOf(richTextSegments(doc), (html) => html),
    )
    expect(failed).toEqual([])
    expect(state).toStrictEqual(original)
    expect(state).not.toBe(doc)
  })

  it('keeps marks, links and placeholders while text changes and tags move', () => {
    const segments = richTextSegments(doc)
    const translations = translationsOf(segments, shout)
    // Word order changes: the italic word moves before the bold one, the link to the front.
    translations.set(
      '1',
      '<a id="1">LE GUIDE</a> : <i>AVANT</i> L&#39;ARRIVÉE, LES ÉTRANGERS <b>DOIVENT</b> DEMANDER &amp; REMPLIR <x id="2"></x>.<br>FRAIS : ¥200 &lt; ¥300 &quot;OK&quot;',
    )
    const { state, failed } = applyRichTextTranslations(doc, translations)
    expect(failed).toEqual([])

    const paragraph = at(state, '1')
    expect(paragraph.children).toEqual([
      expect.objectContaining({ type: 'link', id: '66b0c0ffee', fields: { url, newTab: true, linkType: 'custom' } }),
      text(' : '),
      text('AVANT', 2),
      text(" L'ARRIVÉE, LES ÉTRANGERS "),
      text('DOIVENT', 1),
      text(' DEMANDER & REMPLIR '),
      text('form<A>', 16),
      text('.'),
      { type: 'linebreak', version: 1 },
      text('FRAIS : ¥200 < ¥300 "OK"'),
    ])
    expect(paragraph.children[0].children).toEqual([text('LE GUIDE')])
    expect(JSON.stringify(state)).toContain(JSON.stringify(url))

    expect(at(state, '0').children).toEqual([text('APPLYING FOR A WORK PERMIT')])
    expect(at(state, '2.1').children).toEqual([text('TWO '), text('RECENT', 3), text(' PHOTOS')])
    expect(at(state, '2.2.0.1').children).toEqual([text('NO GLASSES')])
    expect(at(state, '5.1.0.0').children).toEqual([text('PASSPORT')])
    expect(at(state, '11').children).toEqual([text('CONTACT THE '), text('SERVICE CENTRE', 8), text(' FOR HELP.')])

    // Structure and untouched blocks.
    const shape = (node: any): unknown =>
      node && typeof node === 'object'
        ? {
            type: node.type,
            tag: node.tag,
            listType: node.listType,
            indent: node.indent,
            direction: node.direction,
            format: typeof node.format === 'string' ? node.format : undefined,
            blocks: Array.isArray(node.children) ? node.children.filter((child: any) => child.children).map(shape) : undefined,
          }
        : node
    expect(shape((state as Node).root)).toEqual(shape((original as Node).root))
    expect(at(state, '6')).toEqual(at(original, '6'))
    expect(at(state, '7')).toEqual(at(original, '7'))
    expect(at(state, '8')).toEqual(at(original, '8'))
    expect(at(state, '9')).toEqual(at(original, '9'))
    expect((state as Node).root.children).toHaveLength(12)
  })

  it.each([
    ['a dropped tag', 'FOREIGN NATIONALS MUST APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES'],
    [
      'an extra tag',
      'FOREIGN <b>NATIONALS</b> <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES',
    ],
    [
      'broken nesting',
      'FOREIGN NATIONALS <b>MUST <i>APPLY</b> BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES',
    ],
    [
      'an unknown tag',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <em>BEFORE</em> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES',
    ],
    ['a lost link', 'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. GUIDE &amp; <x id="2"/>.<br/>FEES'],
    [
      'a wrong link id',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="3">GUIDE</a> &amp; <x id="2"/>.<br/>FEES',
    ],
    [
      'a duplicated placeholder',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> <x id="2"/> <x id="2"/>.<br/>FEES',
    ],
    [
      'a lost linebreak',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>. FEES',
    ],
    ['an unclosed tag', 'FOREIGN NATIONALS <b>MUST APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES'],
    [
      'text in a placeholder',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2">FORM</x>.<br/>FEES',
    ],
    [
      'an emptied link',
      'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1"></a>GUIDE &amp; <x id="2"/>.<br/>FEES',
    ],
  ])('rejects a translation with %s and keeps that block', (_, broken) => {
    const translations = translationsOf(richTextSegments(doc), shout)
    translations.set('1', broken)
    const { state, failed } = applyRichTextTranslations(doc, translations)
    expect(failed).toEqual(['1'])
    expect(at(state, '1')).toEqual(at(original, '1'))
    expect(at(state, '0').children).toEqual([text('APPLYING FOR A WORK PERMIT')])
  })

  it('accepts a correct translation of the same block (the failure cases above are not vacuous)', () => {
    const translations = new Map([
      ['1', 'FOREIGN NATIONALS <b>MUST</b> APPLY <i>BEFORE</i> ARRIVAL. <a id="1">GUIDE</a> &amp; <x id="2"/>.<br/>FEES'],
    ])
    expect(applyRichTextTranslations(doc, translations).failed).toEqual([])
  })

  it('sets direction rtl on every element except untouched blocks', () => {
    const { state } = applyRichTextTranslations(doc, translationsOf(richTextSegments(doc), shout), { rtl: true })
    const directions: string[] = []
    const walk = (node: Node) => {
      if (!Array.isArray(node.children)) return
      if (node.type === 'code') return
      directions.push(node.direction)
      node.children.forEach(walk)
    }
    walk((state as Node).root)
    expect(directions.length).toBeGreaterThan(20)
    expect(new Set(directions)).toEqual(new Set(['rtl']))
    expect(at(state, '6').direction).toBe('ltr')
    expect(at(state, '1').children[5]).toMatchObject({ type: 'link', direction: 'rtl' })
    // Without the option nothing changes direction.
    expect(at(applyRichTextTranslations(doc, new Map()).state, '1').direction).toBe('ltr')
  })

  it('keeps styled text nodes and other unusual inline nodes through a translation', () => {
    const styled = { ...text('red words', 1 | 128), style: 'color: red' }
    const mention = { type: 'inlineBlock', fields: { blockType: 'abbr', id: 'x1' }, version: 1 }
    const tab = { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 }
    const state = deepFreeze({
      root: element('root', [paragraph(text('Some '), styled, tab, text(' and '), mention, text(' end'))]),
    })
    const [segment] = richTextSegments(state)
    expect(segment.text).toBe('Some <b><span id="1">red words</span><x id="2"/></b> and <x id="3"/> end')
    expect(
      applyRichTextTranslations(
        state,
        translationsOf([segment], (html) => html),
      ).state,
    ).toStrictEqual(snapshot(state))

    const { state: translated, failed } = applyRichTextTranslations(
      state,
      new Map([['0', 'EINIGE <x id="3"/> <span id="1"><b>ROTE</b> WÖRTER</span><x id="2"/> ENDE']]),
    )
    expect(failed).toEqual([])
    expect(at(translated, '0').children).toEqual([
      text('EINIGE '),
      mention,
      text(' '),
      { ...styled, text: 'ROTE', format: 1 | 128 },
      { ...styled, text: ' WÖRTER', format: 128 },
      tab,
      text(' ENDE'),
    ])
  })

  it('handles table cells with inline children and list items with text and a nested list', () => {
    const state = deepFreeze({
      root: element('root', [
        element('table', [element('tablerow', [cell(0, text('Left')), cell(0, text('Right'))])]),
        list('bullet', item(1, text('Parent'), list('number', item(1, text('Child'))))),
      ]),
    })
    const segments = richTextSegments(state)
    expect(segments.map(({ id, text }) => [id, text])).toEqual([
      ['0.0.0', 'Left'],
      ['0.0.1', 'Right'],
      ['1.0', 'Parent'],
      ['1.0.1.0', 'Child'],
    ])
    const { state: translated } = applyRichTextTranslations(state, translationsOf(segments, shout))
    expect(at(translated, '1.0').children).toEqual([
      text('PARENT'),
      expect.objectContaining({ type: 'list', listType: 'number' }),
    ])
    expect(at(translated, '1.0.1.0').children).toEqual([text('CHILD')])
    expect(at(translated, '0.0.1').children).toEqual([text('RIGHT')])
  })
})

describe('node-by-node fallback', () => {
  it('translates a rejected block text node by text node, keeping marks and the link', () => {
    const translations = translationsOf(richTextSegments(doc), shout)
    translations.set('1', 'BROKEN <b>TAGS')
    const first = applyRichTextTranslations(doc, translations)
    expect(first.failed).toEqual(['1'])

    const segments = textNodeSegments(first.state, '1')
    expect(segments.map(({ id, text }) => [id, text])).toEqual([
      ['1/0', 'Foreign nationals '],
      ['1/1', 'must'],
      ['1/2', ' apply '],
      ['1/3', 'before'],
      ['1/4', ' arrival. See '],
      ['1/5', 'the official guide'],
      ['1/6', ' & fill in '],
      ['1/8', '.'],
      ['1/9', 'Fees: ¥200 < ¥300.'],
    ])
    expect(segments.every(({ tagged, context }) => !tagged && context?.startsWith('Foreign nationals must apply'))).toBe(true)
    expect(segments.some(({ text, context }) => `${text}${context}`.includes('example.gov.cn'))).toBe(false)

    const frozen = deepFreeze(first.state)
    const before = snapshot(frozen)
    // A translator that trims whitespace: the original spacing around each node is kept.
    const result = applyTextNodeTranslations(frozen, new Map(segments.map(({ id, text }) => [id, text.trim().toUpperCase()])))
    expect(snapshot(frozen)).toEqual(before)
    expect(at(result, '1').children).toEqual([
      text('FOREIGN NATIONALS '),
      text('MUST', 1),
      text(' APPLY '),
      text('BEFORE', 2),
      text(' ARRIVAL. SEE '),
      expect.objectContaining({
        type: 'link',
        fields: { url, newTab: true, linkType: 'custom' },
        children: [text('THE OFFICIAL GUIDE')],
      }),
      text(' & FILL IN '),
      text('form<A>', 16),
      text('.'),
      { type: 'linebreak', version: 1 },
      text('FEES: ¥200 < ¥300.'),
    ])
    expect(at(result, '0')).toEqual(at(first.state, '0'))
  })

  it('returns nothing for unknown or non-text blocks', () => {
    expect(textNodeSegments(doc, '6')).toEqual([])
    expect(textNodeSegments(doc, '99')).toEqual([])
    expect(textNodeSegments(doc, '2')).toEqual([])
  })
})

describe('helpers', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"')
  })

  it('gives the plain text of a document', () => {
    expect(richTextPlainText(doc)).toBe(
      [
        'Applying for a work permit',
        'Foreign nationals must apply before arrival. See the official guide & fill in form<A>.\nFees: ¥200 < ¥300.',
        'A valid passport',
        'Two recent photos',
        'White background',
        'No glasses',
        'Submit the form',
        'Pay the fee',
        'Processing takes 15 working days.',
        'Document',
        'Copies',
        'Passport',
        '2',
        'const fee = 200\npay(fee)',
        'Contact the service centre for help.',
      ].join('\n'),
    )
    expect(richTextPlainText(undefined)).toBe('')
  })
})
