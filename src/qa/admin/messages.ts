/** The QA dashboard's admin strings in the two admin languages; pure, for server and client components. */
import { adminLanguage } from '../../translation/admin/messages'
import type { Severity } from '../facts/types'

const en = {
  navLink: 'Language QA',
  title: 'Language QA',
  intro:
    'Open fact findings (values that differ from the Chinese and were not overridden), summaries and bodies harder to read than the portal target, and terms rendered differently in approved documents.',
  staffOnly: 'Only staff can see language QA.',
  allLanguages: 'All languages',
  openFindings: 'Open fact findings',
  readabilityWarnings: 'Readability warnings',
  terminologyInconsistencies: 'Terminology inconsistencies',
  byGroup: 'Open findings by language, collection and severity',
  language: 'Language',
  collection: 'Collection',
  severity: 'Severity',
  count: 'Count',
  documents: 'Documents',
  document: 'Document',
  findings: 'Findings',
  readability: 'Readability',
  review: 'Review',
  noFindings: 'No open findings.',
  terminology: 'Terms rendered differently in approved documents',
  term: 'Chinese term',
  approved: 'Approved rendering',
  variants: 'Renderings used',
  otherRendering: 'other rendering',
  fromMemory: 'translation memory',
  high: 'high',
  medium: 'medium',
  low: 'low',
}

type QaMessageKey = keyof typeof en

const zh: Record<QaMessageKey, string> = {
  navLink: '语言质检',
  title: '语言质检',
  intro: '未处理的数值问题（与中文不一致且未经确认的数值）、可读性低于门户目标的摘要和正文，以及在已审定文档中译法不一致的术语。',
  staffOnly: '仅工作人员可查看语言质检。',
  allLanguages: '全部语言',
  openFindings: '未处理的数值问题',
  readabilityWarnings: '可读性提示',
  terminologyInconsistencies: '术语译法不一致',
  byGroup: '按语言、栏目和严重程度统计的未处理问题',
  language: '语言',
  collection: '栏目',
  severity: '严重程度',
  count: '数量',
  documents: '文档',
  document: '文档',
  findings: '问题',
  readability: '可读性',
  review: '审校',
  noFindings: '没有未处理的问题。',
  terminology: '已审定文档中译法不一致的术语',
  term: '中文术语',
  approved: '规范译法',
  variants: '实际译法',
  otherRendering: '其他译法',
  fromMemory: '翻译记忆',
  high: '高',
  medium: '中',
  low: '低',
}

const dictionaries = { en, zh }

export const qaTranslator =
  (language: string | undefined | null) =>
  (key: QaMessageKey): string =>
    dictionaries[adminLanguage(language)][key]

export const severityLabel = (language: string, severity: Severity) => qaTranslator(language)(severity)
