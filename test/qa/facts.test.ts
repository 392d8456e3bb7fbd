/**
 * The fact check (issue 7): values in the Chinese source and each translation must mean the
 * same. A corpus of tricky cases in several languages: correct translations give no findings,
 * seeded errors give exactly the expected one; and the approved translations of the seed corpus,
 * loaded into the database, give none.
 */
import type { Payload } from 'payload'

import { Services } from '../../collections/Services'
import { seed } from '../../seed'
import { element, text } from '../../seed/richText'
import { checkDocumentFacts, checkFieldFacts } from '../../src/qa/facts/check'
import { extractFacts } from '../../src/qa/facts/extract'
import { parseOverrides, resolveOverrides } from '../../src/qa/facts/overrides'
import type { FactFinding } from '../../src/qa/facts/types'
import { languageVersions } from '../../src/qa/languageVersions'
import { startPortal, type Portal } from '../support/portal'

type Stored = { state?: string; facts?: FactFinding[] } | undefined
type Expected = Pick<FactFinding, 'issue' | 'kind'> & Partial<Pick<FactFinding, 'source' | 'target'>>

const check = (zh: string, target: string, locale: string) => checkFieldFacts('text', 'text', zh, target, locale)
const brief = (findings: FactFinding[]) => findings.map(({ issue, kind, source, target }) => ({ issue, kind, source, target }))

describe('extraction normalizes each kind of value', () => {
  const values = (textValue: string, locale: string) =>
    extractFacts(textValue, locale).map(({ kind, value }) => `${kind}:${value}`)

  test.each<[string, string, string[]]>([
    ['zh', '七日内，十五个工作日，一百元，二十五万人', ['duration:7 day', 'duration:15 workday', 'amount:100', 'number:250000']],
    ['zh', '办理时限：１５个工作日，费用２００元', ['duration:15 workday', 'amount:200']],
    ['zh', '2026年3月20日至25日', ['date:2026-03-20', 'date:2026-03-25']],
    ['en', 'from 1 April 2025 until March 31, 2030', ['date:2025-04-01', 'date:2030-03-31']],
    ['de', '1. April 2025 bis 31.03.2030, 2.413 km², 0,88', ['date:2025-04-01', 'date:2030-03-31', 'number:2413', 'number:0.88']],
    ['fr', 'de 9 h à 17 h 30, 1 000 yuans, 15 %', ['time:540', 'time:1050', 'amount:1000', 'percent:15']],
    ['ru', '20 марта 2026 г., 7 рабочих дней, 200 юаней', ['date:2026-03-20', 'duration:7 workday', 'amount:200']],
    ['ar', '٢٠ مارس ٢٠٢٦، ٧ أيام عمل، ٢٠٠ يوان، ١٥٪', ['date:2026-03-20', 'duration:7 workday', 'amount:200', 'percent:15']],
    ['ar', '۷ أيام عمل', ['duration:7 workday']],
    ['en', '9 a.m.–5 p.m., 9–11 a.m., noon', ['time:540', 'time:1020', 'time:540', 'time:660', 'time:720']],
    ['zh', '上午9点至下午5点半', ['time:540', 'time:1050']],
    ['ja', '午前9時～午後5時、7営業日', ['time:540', 'time:1020', 'duration:7 workday']],
    ['ko', '오전 9시~오후 5시, 7영업일', ['time:540', 'time:1020', 'duration:7 workday']],
    ['zh', '电话021-12345678或12367', ['phone:2112345678', 'phone:12367']],
    ['en', 'call +86 21 1234 5678 or 0086-21-12345678', ['phone:2112345678', 'phone:2112345678']],
    ['zh', '沪府办字〔2026〕5号', ['documentNumber:2026:5']],
    ['en', 'Hu Fu Ban Zi [2026] No. 5', ['documentNumber:2026:5']],
    ['zh', '详见https://zwdt.sh.gov.cn/govPortals/。', ['url:zwdt.sh.gov.cn/govPortals']],
    ['zh', '民生路1500号', ['houseNumber:1500']],
    ['zh', '百分之二十，2万元人民币', ['percent:20', 'amount:20000']],
  ])('%s: %s', (locale, input, expected) => {
    expect(values(input, locale)).toEqual(expected)
  })

  test('a year inside a date is not also a bare number; weekdays and idioms are not numbers', () => {
    expect(values('2026年3月20日', 'zh')).toEqual(['date:2026-03-20'])
    expect(values('March 2026', 'en')).toEqual(['date:2026-03-?'])
    expect(values('周一至周五', 'zh')).toEqual([])
    expect(values('百姓千家万户', 'zh')).toEqual([])
  })
})

/** Correct translations: the same values, written the way each language writes them. */
const correct: [string, string, string, string][] = [
  ['Chinese numeral duration', 'en', '申请材料齐全的，七日内办结。', 'Complete applications are handled within 7 days.'],
  ['Chinese numeral spelled out', 'en', '十五个工作日内作出决定。', 'A decision is made within fifteen working days.'],
  ['Chinese numeral amount', 'en', '工本费一百元。', 'The fee is RMB 100.'],
  ['large Chinese numeral', 'en', '规划人口二十五万。', 'A planned population of 250,000.'],
  ['full-width digits', 'en', '办理时限：１５个工作日', 'Processing time: 15 working days'],
  ['date in English', 'en', '本办法自2026年3月20日起施行。', 'These Measures take effect on 20 March 2026.'],
  ['date in French', 'fr', '本办法自2026年3月20日起施行。', 'Les présentes mesures entrent en vigueur le 20 mars 2026.'],
  ['date in German', 'de', '本办法自2026年3月20日起施行。', 'Diese Maßnahmen treten am 20. März 2026 in Kraft.'],
  ['date in Russian', 'ru', '本办法自2026年3月20日起施行。', 'Настоящие меры вступают в силу 20 марта 2026 г.'],
  ['date in Spanish', 'es', '本办法自2026年3月20日起施行。', 'Estas medidas entran en vigor el 20 de marzo de 2026.'],
  [
    'date in Arabic, Arabic-Indic digits',
    'ar',
    '本办法自2026年3月20日起施行。',
    'تدخل هذه التدابير حيز التنفيذ في ٢٠ مارس ٢٠٢٦.',
  ],
  ['date in Japanese', 'ja', '本办法自2026年3月20日起施行。', '本弁法は2026年3月20日から施行する。'],
  ['date range', 'en', '受理时间为2026年3月20日至4月5日。', 'Applications are accepted from 20 March to 5 April 2026.'],
  ['ISO date', 'en', '截止日期：2026-03-20', 'Deadline: March 20, 2026'],
  ['24-hour clock in 12-hour form', 'en', '办公时间9:00-17:00', 'Open 9 a.m. to 5 p.m.'],
  ['Chinese clock words', 'en', '上午9点至下午5点', 'from 9:00 to 17:00'],
  ['German hours', 'de', '办公时间9:00-17:00', 'Geöffnet von 9 bis 17 Uhr'],
  ['French hours', 'fr', '办公时间9:00-17:00', 'Ouvert de 9 h à 17 h'],
  ['Korean hours', 'ko', '办公时间9:00-17:00', '업무 시간 오전 9시~오후 5시'],
  ['Arabic hours', 'ar', '办公时间9:00-17:00', 'ساعات العمل من 9:00 صباحًا إلى 5:00 مساءً'],
  ['Japanese hours', 'ja', '办公时间9:00～17:00', '受付時間 午前9時～午後5時'],
  ['phone with country code', 'en', '咨询电话：021-12345678', 'Enquiries: +86 21 1234 5678'],
  ['phone without area code', 'en', '咨询电话：12345678', 'Enquiries: 1234 5678'],
  ['service number', 'ru', '咨询可拨打12367服务热线。', 'Справки по телефону горячей линии 12367.'],
  ['fee with currency word', 'en', '收费200元。', 'The fee is 200 yuan.'],
  ['fee without currency', 'en', '收费：200元/人', 'Fee: 200 per person'],
  ['fee in Arabic-Indic digits', 'ar', '收费200元。', 'الرسوم ٢٠٠ يوان.'],
  ['fee in Russian', 'ru', '收费200元。', 'Сбор — 200 юаней.'],
  ['ten thousand yuan', 'de', '现金退税限额为1万元人民币。', 'Die Barerstattung ist auf 10.000 Yuan begrenzt.'],
  ['percentage with a space', 'fr', '减按15%征收企业所得税', 'impôt sur les sociétés au taux réduit de 15 %'],
  ['percentage in words', 'en', '不低于百分之二十', 'at least 20 per cent'],
  ['e-mail in another case', 'en', '请发送至info@sh.gov.cn', 'Write to INFO@sh.gov.cn'],
  ['document number translated', 'en', '根据沪府办字〔2026〕5号文件', 'Under document Hu Fu Ban Zi [2026] No. 5'],
  ['document number kept', 'ja', '根据沪府办字〔2026〕5号文件', '沪府办字〔2026〕5号に基づき'],
  ['house number', 'en', '上海市浦东新区民生路1500号', '1500 Minsheng Road, Pudong New Area, Shanghai'],
  ['house number in Arabic', 'ar', '上海市浦东新区民生路1500号', 'رقم 1500 طريق مينشنغ، منطقة بودونغ الجديدة، شانغهاي'],
  [
    'value moved into another sentence',
    'en',
    '收费200元。材料齐全的，7个工作日内办结。',
    'Complete applications take 7 working days. The fee is RMB 200.',
  ],
  ['list numbering and ordinals', 'en', '（一）第一章 总则', 'Chapter 1 General provisions'],
  ['ordinal dropped', 'en', '第一章 总则', 'General provisions'],
  ['small numbers spelled out', 'en', '两张照片', 'two photos'],
  ['small numbers spelled out (fr, de, es)', 'fr', '3张照片', 'trois photos'],
  ['small numbers spelled out in German', 'de', '3张照片和2份复印件', 'drei Fotos und zwei Kopien'],
  ['small numbers spelled out in Spanish', 'es', '12个月内', 'en doce meses'],
  ['month and year', 'en', '于2019年8月揭牌', 'Inaugurated in August 2019'],
  ['a value the source repeats', 'en', '收费200元，即每人200元。', 'RMB 200 per person.'],
  ['tenths', 'en', '约九成申请一次办结', 'about nine in ten applications are settled in one visit'],
  ['tenths as a percentage', 'en', '约九成申请一次办结', 'about 90% of applications are settled in one visit'],
  ['decimal comma', 'de', '规划面积0.88平方公里', 'geplante Fläche von 0,88 km²'],
  ['thousands with a space', 'fr', '2413平方公里', '2 413 kilomètres carrés'],
  ['Arabic dual', 'ar', '2日内', 'خلال يومين'],
  ['Persian digits', 'ar', '7个工作日', 'خلال ۷ أيام عمل'],
  ['Russian working days', 'ru', '7个工作日内', 'в течение 7 рабочих дней'],
  ['Japanese kept date and duration', 'ja', '材料齐全的7个工作日内办结', '書類が揃っていれば7営業日以内に完了'],
]

describe('correct translations give no findings', () => {
  test.each(correct)('%s (%s)', (_label, locale, zh, target) => {
    expect(brief(check(zh, target, locale))).toEqual([])
  })
})

/** Seeded errors: each gives exactly the finding named. */
const seeded: [string, string, string, string, Expected[]][] = [
  [
    'fee changed',
    'en',
    '收费200元。',
    'The fee is RMB 100.',
    [{ issue: 'changed', kind: 'amount', source: '200元', target: 'RMB 100' }],
  ],
  [
    'Arabic fee changed',
    'ar',
    '收费200元。',
    'الرسوم ١٠٠ يوان.',
    [{ issue: 'changed', kind: 'amount', source: '200元', target: '١٠٠ يوان' }],
  ],
  [
    'value silently dropped',
    'en',
    '材料齐全的，7个工作日内办结，收费200元。',
    'Complete applications are handled within 7 working days.',
    [{ issue: 'missing', kind: 'amount', source: '200元', target: 'missing' }],
  ],
  [
    'phone changed by one digit',
    'en',
    '电话021-28951900',
    'Tel. +86 21 2895 1901',
    [{ issue: 'changed', kind: 'phone', source: '021-28951900', target: '+86 21 2895 1901' }],
  ],
  [
    'service number changed by one digit',
    'de',
    '请拨打12367',
    'Rufen Sie 12366 an',
    [{ issue: 'changed', kind: 'phone', source: '12367', target: '12366' }],
  ],
  [
    'date changed by one day',
    'en',
    '2026年3月20日起施行',
    'effective 21 March 2026',
    [{ issue: 'changed', kind: 'date', source: '2026年3月20日', target: '21 March 2026' }],
  ],
  [
    'date changed in German',
    'de',
    '2026年3月20日起施行',
    'gültig ab 20. Mai 2026',
    [{ issue: 'changed', kind: 'date', source: '2026年3月20日', target: '20. Mai 2026' }],
  ],
  [
    'end of a range changed',
    'en',
    '3月20日至25日',
    '20 to 26 March',
    [{ issue: 'changed', kind: 'date', source: '25日', target: '26 March' }],
  ],
  [
    'closing time changed',
    'en',
    '办公时间9:00-17:00',
    'Open 9 a.m. to 6 p.m.',
    [{ issue: 'changed', kind: 'time', source: '17:00', target: '6 p.m.' }],
  ],
  [
    'Russian time changed',
    'ru',
    '9:00开始受理',
    'Приём с 10:00',
    [{ issue: 'changed', kind: 'time', source: '9:00', target: '10:00' }],
  ],
  [
    'working days became days',
    'en',
    '15个工作日内办结',
    'Decided within 15 days',
    [{ issue: 'changed', kind: 'duration', source: '15个工作日', target: '15 days' }],
  ],
  [
    'Japanese working days became days',
    'ja',
    '7个工作日内办结',
    '7日以内に完了',
    [{ issue: 'changed', kind: 'duration', source: '7个工作日', target: '7日' }],
  ],
  [
    'Chinese numeral changed',
    'en',
    '七日内办结',
    'handled within 8 days',
    [{ issue: 'changed', kind: 'duration', source: '七日', target: '8 days' }],
  ],
  [
    'spelled-out duration changed',
    'en',
    '有效期6个月',
    'valid for three months',
    [{ issue: 'changed', kind: 'duration', source: '6个月', target: 'three months' }],
  ],
  [
    'value added',
    'en',
    '请按时办理。',
    'Apply within 30 days.',
    [{ issue: 'extra', kind: 'duration', source: null, target: '30 days' }],
  ],
  [
    'percentage changed',
    'fr',
    '减按15%征收',
    'au taux de 51 %',
    [{ issue: 'changed', kind: 'percent', source: '15%', target: '51 %' }],
  ],
  [
    'document number year changed',
    'en',
    '沪府办字〔2026〕5号',
    'Hu Fu Ban Zi [2025] No. 5',
    [{ issue: 'changed', kind: 'documentNumber', source: '沪府办字〔2026〕5号', target: '[2025] No. 5' }],
  ],
  [
    'year changed',
    'en',
    '2026年"政府开放月"',
    'Government Open Month 2025',
    [{ issue: 'changed', kind: 'date', source: '2026年', target: '2025' }],
  ],
  [
    'house number changed',
    'en',
    '民生路1500号',
    '1050 Minsheng Road',
    [{ issue: 'changed', kind: 'houseNumber', source: '1500号', target: '1050' }],
  ],
  ['small count changed', 'en', '两张照片', '3 photos', [{ issue: 'changed', kind: 'number', source: '两', target: '3' }]],
  [
    'e-mail dropped',
    'en',
    '请发送至info@sh.gov.cn',
    'Write to us by e-mail.',
    [{ issue: 'missing', kind: 'email', source: 'info@sh.gov.cn', target: 'missing' }],
  ],
  [
    'url changed',
    'en',
    '详见https://zwdt.sh.gov.cn',
    'See https://zwdt.sh.gov.com',
    [{ issue: 'changed', kind: 'url', source: 'https://zwdt.sh.gov.cn', target: 'https://zwdt.sh.gov.com' }],
  ],
  [
    'amount in ten thousands changed',
    'fr',
    '1万元人民币',
    '1 000 yuans',
    [{ issue: 'changed', kind: 'amount', source: '1万元人民币', target: '1 000 yuans' }],
  ],
  [
    'Korean duration dropped',
    'ko',
    '入住后24小时内办理登记',
    '도착 후 즉시 등록하십시오',
    [{ issue: 'missing', kind: 'duration', source: '24小时', target: 'missing' }],
  ],
  [
    'Arabic-Indic phone dropped',
    'ar',
    '咨询电话021-12345678',
    'للاستفسار اتصل بنا',
    [{ issue: 'missing', kind: 'phone', source: '021-12345678', target: 'missing' }],
  ],
  [
    'Spanish amount changed',
    'es',
    '收费160元',
    'Tasa: 150 yuanes',
    [{ issue: 'changed', kind: 'amount', source: '160元', target: '150 yuanes' }],
  ],
]

describe('seeded errors give the specific finding', () => {
  test.each(seeded)('%s (%s)', (_label, locale, zh, target, expected) => {
    expect(brief(check(zh, target, locale))).toEqual(expected.map((finding) => ({ source: null, target: 'missing', ...finding })))
  })

  test('findings carry a stable id and a severity', () => {
    const [finding] = check('收费200元。', 'The fee is RMB 100.', 'en')
    expect(finding).toMatchObject({ field: 'text', severity: 'high', id: expect.stringMatching(/^[0-9a-f]{12}$/) })
    expect(check('收费200元。', 'The fee is RMB 100.', 'en')[0].id).toBe(finding.id)
  })
})

describe('rich text block by block, arrays item by item', () => {
  const richText = (...paragraphs: unknown[][]) => ({
    root: element(
      'root',
      paragraphs.map((children) => element('paragraph', children)),
    ),
  })
  const link = (url: string, label: string) =>
    element('link', [text(label)], { fields: { url, linkType: 'custom', newTab: false } })

  test('a url inside a link counts as written; a changed link target is found', () => {
    const zh = richText([text('请登录'), link('https://zwdt.sh.gov.cn/item/1', '一网通办'), text('办理。')])
    const same = richText([
      text('Apply on '),
      link('https://zwdt.sh.gov.cn/item/1', 'Government Online-Offline Shanghai'),
      text('.'),
    ])
    expect(checkFieldFacts('body', 'richText', zh, same, 'en')).toEqual([])
    const written = richText([text('Apply on https://zwdt.sh.gov.cn/item/1.')])
    expect(checkFieldFacts('body', 'richText', zh, written, 'en')).toEqual([])
    const wrong = richText([text('Apply on '), link('https://zwdt.sh.gov.cn/item/2', 'the portal'), text('.')])
    expect(brief(checkFieldFacts('body', 'richText', zh, wrong, 'en'))).toEqual([
      { issue: 'changed', kind: 'url', source: 'https://zwdt.sh.gov.cn/item/1', target: 'https://zwdt.sh.gov.cn/item/2' },
    ])
  })

  test('a value moved into another paragraph is no finding; a changed one names its block', () => {
    const zh = richText([text('收费200元。')], [text('7个工作日内办结。')])
    const moved = richText([text('Decided within 7 working days.')], [text('The fee is RMB 200.')])
    expect(checkFieldFacts('body', 'richText', zh, moved, 'en')).toEqual([])
    const changed = richText([text('The fee is RMB 200.')], [text('Decided within 5 working days.')])
    expect(checkFieldFacts('body', 'richText', zh, changed, 'en')).toEqual([
      expect.objectContaining({ field: 'body', block: '1', issue: 'changed', source: '7个工作日', target: '5 working days' }),
    ])
  })

  test('a document: each field and array row on its own; untranslated fields are skipped', () => {
    const zh = {
      title: '签证延期',
      fees: '160元/人次',
      processingTime: '7个工作日',
      materials: [
        { name: '护照', notes: '有效期6个月以上' },
        { name: '照片', notes: '2张' },
      ],
      body: { root: element('root', [element('paragraph', [text('咨询电话021-28951900')])]) },
    }
    const ar = {
      title: 'تمديد التأشيرة',
      fees: '160 يوانًا للشخص في كل مرة',
      processingTime: '5 أيام عمل',
      materials: [
        { name: 'جواز السفر', notes: 'صالح لمدة 6 أشهر على الأقل' },
        { name: 'صور', notes: 'صورتان' },
      ],
    }
    expect(checkDocumentFacts(Services.fields, zh, ar, 'ar')).toEqual([
      expect.objectContaining({
        field: 'processingTime',
        issue: 'changed',
        kind: 'duration',
        source: '7个工作日',
        target: '5 أيام عمل',
      }),
    ])
  })
})

describe('overrides', () => {
  const [finding] = check('收费200元。', 'The fee is RMB 100.', 'en')
  const reviewer = { id: 7, name: 'Reviewer' }

  test('each finding needs a reason; earlier overrides of the same finding still count', () => {
    expect(resolveOverrides([finding], [], [], reviewer, '2026-01-01T00:00:00.000Z').open).toEqual([finding])
    const given = resolveOverrides(
      [finding],
      [{ finding: finding.id, reason: 'The fee was lowered.' }],
      [],
      reviewer,
      '2026-01-01T00:00:00.000Z',
    )
    expect(given.open).toEqual([])
    expect(given.overrides).toEqual([
      expect.objectContaining({
        finding: finding.id,
        reason: 'The fee was lowered.',
        by: reviewer,
        at: '2026-01-01T00:00:00.000Z',
        source: '200元',
      }),
    ])
    expect(resolveOverrides([finding], [], given.overrides, { id: 8 }, 'later').overrides).toEqual(given.overrides)
    // An override of a finding that is gone is not kept.
    expect(resolveOverrides([], [], given.overrides, reviewer, 'later').overrides).toEqual([])
  })

  test('malformed overrides are refused with a message', () => {
    expect(parseOverrides({})).toEqual({ ok: true, overrides: [] })
    expect(parseOverrides({ overrides: 'yes' })).toMatchObject({ ok: false })
    expect(parseOverrides({ overrides: [{ finding: 'x' }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('reason'),
    })
    expect(parseOverrides({ overrides: [{ reason: 'because' }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('finding'),
    })
    expect(parseOverrides({ overrides: [{ finding: 'x', reason: '  ok because  ' }] })).toEqual({
      ok: true,
      overrides: [{ finding: 'x', reason: 'ok because' }],
    })
  })
})

describe('the seed corpus', () => {
  let portal: Portal
  let payload: Payload

  beforeAll(async () => {
    portal = await startPortal()
    payload = portal.payload
    await seed(payload)
  }, 180_000)

  afterAll(() => portal?.stop())

  test('no findings on any approved translation of any seeded document', async () => {
    const approved = (await languageVersions(payload)).filter(
      ({ target }) => (target.translation as Stored)?.state === 'approved',
    )
    const findings = approved.flatMap(({ collection, source, target, locale }) =>
      // Checked again now, and as stored by the workflow when the seed saved the translation.
      [...checkDocumentFacts(collection.fields, source, target, locale), ...((target.translation as Stored)?.facts ?? [])].map(
        (f) => `${collection.slug}/${String(source.id)} ${locale} ${f.field}: ${f.source} → ${f.target}`,
      ),
    )
    expect(findings).toEqual([])
    expect(approved.length).toBeGreaterThan(200)
  }, 120_000)
})
