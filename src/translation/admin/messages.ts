/**
 * The translation workflow's admin strings in the two admin languages. Pure data and functions:
 * usable from server and client components alike. `zh` is the admin's fallback language.
 */
import type { FactKind } from '../../qa/facts/types'
import type { TranslationState } from '../states'

export type AdminLanguage = 'zh' | 'en'

const en = {
  panelTitle: 'Translations',
  panelIntro: 'State of each target language (latest draft).',
  language: 'Language',
  state: 'State',
  method: 'Method',
  age: 'Age',
  outdated: 'Outdated',
  outdatedFields: 'Outdated fields',
  terms: 'Terms',
  termFindings: 'Terminology findings',
  actions: 'Actions',
  select: 'Select',
  selectLanguage: 'Select {language} for machine translation',
  machineTranslate: 'Machine-translate',
  machineTranslateSelected: 'Machine-translate selected ({count})',
  submit: 'Submit for review',
  approve: 'Approve',
  sendBack: 'Send back',
  review: 'Review',
  working: 'Working…',
  loading: 'Loading translation status…',
  loadFailed: 'Could not load the translation status: {message}',
  saveFirst: 'Save the document first: translations start from a saved Chinese source.',
  translated: 'translated {age}',
  reviewed: 'reviewed {age}',
  translatedAt: 'Translated',
  reviewedAt: 'Reviewed',
  never: '—',
  confirmApproveHeading: 'Approve despite terminology findings?',
  confirmApproveBody: 'The {language} translation is missing the approved rendering of these glossary terms:',
  approveAnyway: 'Approve anyway',
  cancel: 'Cancel',
  unsavedChanges: 'You have unsaved changes: reload the page to see the updated record.',
  methodMachine: 'machine',
  methodHuman: 'human',
  methodMachineHuman: 'machine + human',
  reviewTitle: 'Review translation',
  reviewIntro: 'Chinese source (published) beside the {language} text (latest draft).',
  field: 'Field',
  sourceColumn: 'Chinese source',
  targetColumn: 'Translation ({language})',
  changedField: 'Source changed since the translation was made',
  oldSource: 'Old Chinese',
  newSource: 'New Chinese',
  emptyTarget: '(not translated)',
  emptySource: '(empty)',
  noFields: 'This document has no translatable text yet.',
  findingsForField: 'Missing approved terms',
  expected: 'expected “{expected}” for “{term}”',
  backToDocument: 'Back to the document',
  editInLanguage: 'Edit {language}',
  notFound: 'No such document, or it is not translatable.',
  staffOnly: 'Only editors, translators, reviewers and admins can see translations.',
  dashboardTitle: 'Translations',
  dashboardIntro: 'Documents by language state across the translatable collections.',
  overview: 'Overview',
  collection: 'Collection',
  allCollections: 'All collections',
  allLanguages: 'All languages',
  allStates: 'All states',
  filter: 'Filter',
  reset: 'Reset',
  needsTranslation: 'Needs translation',
  needsReview: 'Needs review',
  needsReReview: 'Needs re-review',
  document: 'Document',
  updated: 'Updated',
  edit: 'Edit',
  noDocuments: 'No documents match these filters.',
  pageOf: 'Page {page} of {pages}',
  previous: 'Previous',
  next: 'Next',
  results: '{count} results',
  total: 'Total',
  navLink: 'Translations',
  deleted: 'deleted',
  inserted: 'inserted',
  facts: 'Facts',
  factFindings: 'Fact findings',
  factMissing: 'missing',
  factChanged: 'changed',
  factExtra: 'not in the Chinese',
  confirmApproveFindingsHeading: 'Approve despite findings?',
  confirmFactsBody:
    'These values in the {language} translation differ from the Chinese. Approve only if each difference is right, and say why:',
  overrideReason: 'Why is this right?',
  reasonsRequired: 'Give a reason for each value that differs from the Chinese.',
  overridden: 'Overridden by {name}, {date}:',
  readability: 'Readability',
  readabilityMeets: '{measure} {score}, portal target {target}: fine.',
  readabilityLow:
    '{measure} {score} is below the portal target of {target}. Use shorter sentences (now {length} words on average) and simpler words.',
  readabilityLong: 'Sentences are long: {length} {measure} on average, portal target at most {target}. Split long sentences.',
  wordsPerSentence: 'words per sentence',
  charactersPerSentence: 'characters per sentence',
} as const

export type MessageKey = keyof typeof en

const zh: Record<MessageKey, string> = {
  panelTitle: '翻译',
  panelIntro: '各目标语言的状态（最新草稿）。',
  language: '语言',
  state: '状态',
  method: '方式',
  age: '时间',
  outdated: '过期',
  outdatedFields: '过期字段',
  terms: '术语',
  termFindings: '术语问题',
  actions: '操作',
  select: '选择',
  selectLanguage: '选择{language}进行机器翻译',
  machineTranslate: '机器翻译',
  machineTranslateSelected: '机器翻译所选语言（{count}）',
  submit: '提交审校',
  approve: '审定通过',
  sendBack: '退回',
  review: '审校',
  working: '处理中…',
  loading: '正在加载翻译状态…',
  loadFailed: '无法加载翻译状态：{message}',
  saveFirst: '请先保存文档：翻译以已保存的中文原文为准。',
  translated: '{age}翻译',
  reviewed: '{age}审定',
  translatedAt: '翻译时间',
  reviewedAt: '审定时间',
  never: '—',
  confirmApproveHeading: '存在术语问题，仍要审定通过吗？',
  confirmApproveBody: '{language}译文缺少以下术语的规范译法：',
  approveAnyway: '仍然通过',
  cancel: '取消',
  unsavedChanges: '您有未保存的修改：请刷新页面查看更新后的记录。',
  methodMachine: '机器',
  methodHuman: '人工',
  methodMachineHuman: '机器 + 人工',
  reviewTitle: '审校译文',
  reviewIntro: '中文原文（已发布）与{language}译文（最新草稿）对照。',
  field: '字段',
  sourceColumn: '中文原文',
  targetColumn: '译文（{language}）',
  changedField: '翻译后中文原文已修改',
  oldSource: '原中文',
  newSource: '新中文',
  emptyTarget: '（未翻译）',
  emptySource: '（空）',
  noFields: '该文档尚无可翻译的文本。',
  findingsForField: '缺少规范术语',
  expected: '“{term}”应译为“{expected}”',
  backToDocument: '返回文档',
  editInLanguage: '编辑{language}',
  notFound: '文档不存在或不可翻译。',
  staffOnly: '只有编辑、译员、审校和管理员可以查看翻译。',
  dashboardTitle: '翻译',
  dashboardIntro: '各可翻译集合中文档的语言状态。',
  overview: '概览',
  collection: '集合',
  allCollections: '全部集合',
  allLanguages: '全部语言',
  allStates: '全部状态',
  filter: '筛选',
  reset: '重置',
  needsTranslation: '待翻译',
  needsReview: '待审校',
  needsReReview: '待重新审校',
  document: '文档',
  updated: '更新时间',
  edit: '编辑',
  noDocuments: '没有符合条件的文档。',
  pageOf: '第 {page} / {pages} 页',
  previous: '上一页',
  next: '下一页',
  results: '共 {count} 条',
  total: '合计',
  navLink: '翻译工作台',
  deleted: '删除',
  inserted: '新增',
  facts: '数值',
  factFindings: '数值问题',
  factMissing: '缺失',
  factChanged: '不一致',
  factExtra: '中文中没有',
  confirmApproveFindingsHeading: '存在问题，仍要审定通过吗？',
  confirmFactsBody: '{language}译文中的以下数值与中文原文不一致。仅当每处差异确属正确时才可通过，并请说明理由：',
  overrideReason: '理由',
  reasonsRequired: '请为每处与中文不一致的数值填写理由。',
  overridden: '已由{name}于{date}确认：',
  readability: '可读性',
  readabilityMeets: '{measure} {score}，门户目标 {target}：达标。',
  readabilityLow: '{measure} {score}，低于门户目标 {target}。请缩短句子（目前平均每句 {length} 词）并使用更简单的词语。',
  readabilityLong: '句子偏长：平均{measure} {length}，门户目标不超过 {target}。请拆分长句。',
  wordsPerSentence: '每句词数',
  charactersPerSentence: '每句字数',
}

const dictionaries: Record<AdminLanguage, Record<MessageKey, string>> = { en, zh }

export const adminLanguage = (language: string | undefined | null): AdminLanguage => (language === 'en' ? 'en' : 'zh')

type Vars = Record<string, string | number>

/**
 * The translator of an English and a Chinese dictionary: a string in the admin language, with
 * `{name}` placeholders filled in. Each admin capability keeps its own dictionaries.
 */
export const adminTranslator =
  <Key extends string>(dictionaries: Record<AdminLanguage, Record<Key, string>>) =>
  (language: string | undefined | null) =>
  (key: Key, vars: Vars = {}): string =>
    dictionaries[adminLanguage(language)][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    )

export type Translate = (key: MessageKey, vars?: Vars) => string

export const translator: (language: string | undefined | null) => Translate = adminTranslator(dictionaries)

/** A string in the admin language, with `{name}` placeholders filled in. */
export const message = (language: string | undefined | null, key: MessageKey, vars: Vars = {}): string =>
  translator(language)(key, vars)

const stateLabels: Record<AdminLanguage, Record<TranslationState, string>> = {
  en: { missing: 'missing', machine_draft: 'machine draft', in_review: 'in review', approved: 'approved', outdated: 'outdated' },
  zh: { missing: '未翻译', machine_draft: '机器初稿', in_review: '审校中', approved: '已审定', outdated: '已过期' },
}

const factKindLabels: Record<AdminLanguage, Record<FactKind, string>> = {
  en: {
    number: 'number',
    ordinal: 'ordinal',
    date: 'date',
    time: 'time',
    duration: 'duration',
    amount: 'amount',
    percent: 'percentage',
    phone: 'phone',
    url: 'URL',
    email: 'e-mail',
    documentNumber: 'document number',
    houseNumber: 'house number',
  },
  zh: {
    number: '数字',
    ordinal: '序号',
    date: '日期',
    time: '时间',
    duration: '期限',
    amount: '金额',
    percent: '百分比',
    phone: '电话',
    url: '网址',
    email: '邮箱',
    documentNumber: '文号',
    houseNumber: '门牌号',
  },
}

export const factKindLabel = (language: string | undefined | null, kind: FactKind): string =>
  factKindLabels[adminLanguage(language)][kind] ?? kind

export const stateLabel = (language: string | undefined | null, state: TranslationState): string =>
  stateLabels[adminLanguage(language)][state] ?? state

export const methodLabel = (language: string | undefined | null, method: string | null | undefined): string => {
  if (method === 'machine') return message(language, 'methodMachine')
  if (method === 'human') return message(language, 'methodHuman')
  if (method === 'machine_human') return message(language, 'methodMachineHuman')
  return message(language, 'never')
}

/** "3 days ago" / "3天前", from an ISO date; `now` is injectable for tests. */
export const relativeAge = (
  language: string | undefined | null,
  iso: string | null | undefined,
  now = Date.now(),
): string | null => {
  if (!iso) return null
  const then = Date.parse(iso)
  if (Number.isNaN(then)) return null
  const format = new Intl.RelativeTimeFormat(adminLanguage(language) === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' })
  const seconds = Math.round((then - now) / 1000)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
  ]
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit)
  }
  return format.format(0, 'minute')
}

/** A date and time in the admin language, for titles and tables. */
export const formatDateTime = (language: string | undefined | null, iso: string | null | undefined): string => {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(adminLanguage(language) === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}
