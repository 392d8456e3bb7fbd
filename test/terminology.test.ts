/**
 * The terminology check: source terms whose approved rendering is missing from the translation.
 */
import { documentTerminologyFindings, terminologyFindings, type TerminologyEntry } from '../src/translation/terminology'

const en: TerminologyEntry[] = [
  { term: '外国人工作许可', approved: 'Foreigner Work Permit' },
  { term: '居留许可', approved: 'residence permit' },
  { term: '一网通办', approved: 'One-Stop Online Service' },
  { term: '随申办', approved: 'Suishenban', doNotTranslate: false },
  { term: 'WeChat', approved: '', doNotTranslate: true },
]

describe('terminologyFindings', () => {
  test('approved rendering present → no finding', () => {
    expect(
      terminologyFindings('申请外国人工作许可的流程', 'How to apply for a Foreigner Work Permit', en, 'en'),
    ).toEqual([])
  })

  test('approved rendering missing → finding with term and expected text', () => {
    expect(terminologyFindings('申请外国人工作许可的流程', 'How to apply for a work visa', en, 'en')).toEqual([
      { term: '外国人工作许可', expected: 'Foreigner Work Permit' },
    ])
  })

  test('a term absent from the source is not checked', () => {
    expect(terminologyFindings('办理签证', 'Visa application', en, 'en')).toEqual([])
  })

  test('case-insensitive for English, French, German, Russian', () => {
    expect(terminologyFindings('居留许可', 'RESIDENCE PERMIT for you', en, 'en')).toEqual([])
    expect(terminologyFindings('外国人工作许可', 'the foreigner work permit', en, 'en')).toEqual([])
    const fr = [{ term: '居留许可', approved: "Titre de séjour" }]
    expect(terminologyFindings('居留许可', 'Votre titre de séjour', fr, 'fr')).toEqual([])
    const de = [{ term: '居留许可', approved: 'Aufenthaltstitel' }]
    expect(terminologyFindings('居留许可', 'Die AUFENTHALTSTITEL', de, 'de')).toEqual([])
    const ru = [{ term: '居留许可', approved: 'Вид на жительство' }]
    expect(terminologyFindings('居留许可', 'ваш вид на жительство', ru, 'ru')).toEqual([])
    expect(terminologyFindings('居留许可', 'ваша виза', ru, 'ru')).toEqual([{ term: '居留许可', expected: 'Вид на жительство' }])
  })

  test('whitespace differences are tolerated on both sides', () => {
    expect(terminologyFindings('申请 外国人 工作许可', 'a Foreigner\u00a0 Work\n Permit', en, 'en')).toEqual([])
    expect(terminologyFindings('居留许可', 'residence   permit', en, 'en')).toEqual([])
    // Typographic apostrophes match plain ones (DeepL writes l’ in French).
    const fr = [{ term: '出入境管理局', approved: "l'Administration de l'immigration" }]
    expect(terminologyFindings('出入境管理局', 'Contactez l’Administration de l’immigration', fr, 'fr')).toEqual([])
  })

  test('multiple occurrences of a term: one finding, one occurrence in the target suffices', () => {
    const source = '居留许可到期前，请续办居留许可。居留许可遗失需补办。'
    expect(terminologyFindings(source, 'Renew your permit before it expires.', en, 'en')).toEqual([
      { term: '居留许可', expected: 'residence permit' },
    ])
    expect(terminologyFindings(source, 'Renew your residence permit before it expires; if lost, replace it.', en, 'en')).toEqual(
      [],
    )
  })

  test('several missing terms come in source order', () => {
    expect(terminologyFindings('通过一网通办申请居留许可', 'Apply online for a permit', en, 'en')).toEqual([
      { term: '一网通办', expected: 'One-Stop Online Service' },
      { term: '居留许可', expected: 'residence permit' },
    ])
  })

  test('do-not-translate: the term itself must appear in the target', () => {
    expect(terminologyFindings('关注WeChat公众号', 'Follow the WeChat account', en, 'en')).toEqual([])
    expect(terminologyFindings('关注WeChat公众号', 'Follow the Weixin account', en, 'en')).toEqual([
      { term: 'WeChat', expected: 'WeChat' },
    ])
    // doNotTranslate wins over an approved rendering.
    const entries = [{ term: '随申办', approved: 'Suishenban App', doNotTranslate: true }]
    expect(terminologyFindings('下载随申办', 'Download Suishenban App', entries, 'en')).toEqual([
      { term: '随申办', expected: '随申办' },
    ])
    expect(terminologyFindings('下载随申办', 'Download 随申办', entries, 'en')).toEqual([])
  })

  test('Japanese: exact match (no case folding, no kana/kanji substitutes), spaces ignored', () => {
    const ja = [
      { term: '居留许可', approved: '在留許可' },
      { term: '外国人工作许可', approved: '外国人就労許可' },
    ]
    expect(terminologyFindings('申请居留许可', '在留許可を申請する', ja, 'ja')).toEqual([])
    expect(terminologyFindings('申请居留许可', '在留 許可を申請する', ja, 'ja')).toEqual([])
    expect(terminologyFindings('申请居留许可', '在留ビザを申請する', ja, 'ja')).toEqual([
      { term: '居留许可', expected: '在留許可' },
    ])
    expect(terminologyFindings('外国人工作许可', 'がいこくじんしゅうろうきょか', ja, 'ja')).toEqual([
      { term: '外国人工作许可', expected: '外国人就労許可' },
    ])
    // Latin inside Japanese is matched exactly as well.
    const brand = [{ term: '一网通办', approved: 'One Netcom' }]
    expect(terminologyFindings('一网通办', 'ONE NETCOMで申請', brand, 'ja')).toEqual([{ term: '一网通办', expected: 'One Netcom' }])
  })

  test('Korean: exact, spacing differences tolerated', () => {
    const ko = [{ term: '居留许可', approved: '체류허가' }]
    expect(terminologyFindings('居留许可', '체류 허가를 신청하세요', ko, 'ko')).toEqual([])
    expect(terminologyFindings('居留许可', '비자를 신청하세요', ko, 'ko')).toEqual([{ term: '居留许可', expected: '체류허가' }])
  })

  test('Arabic: exact match', () => {
    const ar = [{ term: '居留许可', approved: 'تصريح الإقامة' }]
    expect(terminologyFindings('申请居留许可', 'طلب تصريح الإقامة', ar, 'ar')).toEqual([])
    expect(terminologyFindings('申请居留许可', 'طلب  تصريح   الإقامة', ar, 'ar')).toEqual([])
    // Without the hamza (a different spelling) it is missing.
    expect(terminologyFindings('申请居留许可', 'طلب تصريح الاقامة', ar, 'ar')).toEqual([
      { term: '居留许可', expected: 'تصريح الإقامة' },
    ])
  })

  test('overlapping terms: the longest match claims the text; a shorter term inside it is not checked', () => {
    const entries = [
      { term: '国际服务门户', approved: 'International Services Portal' },
      { term: '门户', approved: 'gateway' },
    ]
    expect(terminologyFindings('欢迎访问国际服务门户', 'Welcome to the International Services Portal', entries, 'en')).toEqual(
      [],
    )
    // The shorter term elsewhere in the source is checked.
    expect(
      terminologyFindings('国际服务门户是政府门户', 'The International Services Portal is a government site', entries, 'en'),
    ).toEqual([{ term: '门户', expected: 'gateway' }])
  })

  test('entries without an approved rendering, blank terms and duplicates are ignored', () => {
    const entries = [
      { term: '居留许可', approved: '' },
      { term: '  ', approved: 'x' },
      { term: '签证', approved: 'visa' },
      { term: '签证', approved: 'visa' },
    ]
    expect(terminologyFindings('居留许可和签证', 'Residence and entry', entries, 'en')).toEqual([
      { term: '签证', expected: 'visa' },
    ])
    expect(terminologyFindings('', 'anything', entries, 'en')).toEqual([])
    expect(terminologyFindings('签证', 'visa', [], 'en')).toEqual([])
  })

  test('an empty target lists every term found', () => {
    expect(terminologyFindings('居留许可', '', en, 'en')).toEqual([{ term: '居留许可', expected: 'residence permit' }])
  })
})

describe('documentTerminologyFindings', () => {
  test('labels findings per field and skips fields not translated yet', () => {
    const findings = documentTerminologyFindings(
      [
        { field: 'title', source: '居留许可办理指南', target: 'Residence Permit Guide' },
        { field: 'summary', source: '通过一网通办申请居留许可', target: 'Apply online for a permit' },
        { field: 'body', source: '外国人工作许可', target: '' },
      ],
      en,
      'en',
    )
    expect(findings).toEqual([
      { term: '一网通办', expected: 'One-Stop Online Service', field: 'summary' },
      { term: '居留许可', expected: 'residence permit', field: 'summary' },
    ])
  })
})
