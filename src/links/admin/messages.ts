/** The link check's admin strings in the two admin languages; pure, for server and client components. */
import { adminLanguage, adminTranslator } from '../../translation/admin/messages'
import type { LinkStatus } from '../statuses'

const en = {
  navLink: 'Broken links',
  title: 'Broken links',
  intro:
    'Outbound links of published content that failed their latest check, or were not checked because they point at a private address. Fix the link in the document, then check again.',
  lastChecked: 'Links last checked {time}.',
  neverChecked: 'No link has been checked yet.',
  checkPending: 'A link check is running or about to start.',
  allProblems: 'All problems',
  link: 'Link',
  status: 'Status',
  httpStatus: 'HTTP',
  problem: 'Problem',
  brokenSince: 'Failing since',
  lastCheck: 'Last check',
  usedIn: 'Used in',
  applicationLink: 'online application link',
  allLanguages: 'all languages',
  redirectedTo: 'redirects to {url}',
  noLinks: 'No links with this status.',
  results: '{count} links',
  pageOf: 'Page {page} of {pages}',
  previous: 'Previous',
  next: 'Next',
  checkNow: 'Check links now',
  queuing: 'Queuing…',
  staffOnly: 'Only editors, translators, reviewers and admins can see link checks.',
  noticeTitle: 'Online application link',
  noticeWorks: 'Works (HTTP {status}), checked {time}.',
  noticeBroken: 'Failing since {since}:',
  noticeFallback: 'The public site shows the offices and a notice instead of the "apply online" button.',
  noticeBlocked: 'Not checked:',
  noticeUnchecked: 'Not checked yet: the links of published services are checked daily.',
  details: 'Details',
} as const

export type LinkMessageKey = keyof typeof en

const zh: Record<LinkMessageKey, string> = {
  navLink: '失效链接',
  title: '失效链接',
  intro: '已发布内容中最近一次检查失败的外部链接，以及因指向内网地址而未检查的链接。请在文档中修正链接后重新检查。',
  lastChecked: '上次检查链接：{time}。',
  neverChecked: '尚未检查任何链接。',
  checkPending: '链接检查正在进行或即将开始。',
  allProblems: '全部问题',
  link: '链接',
  status: '状态',
  httpStatus: 'HTTP',
  problem: '问题',
  brokenSince: '失效起始',
  lastCheck: '上次检查',
  usedIn: '所在位置',
  applicationLink: '在线办理链接',
  allLanguages: '所有语言',
  redirectedTo: '重定向至 {url}',
  noLinks: '没有此状态的链接。',
  results: '共 {count} 个链接',
  pageOf: '第 {page} / {pages} 页',
  previous: '上一页',
  next: '下一页',
  checkNow: '立即检查链接',
  queuing: '正在排队…',
  staffOnly: '只有编辑、译员、审校和管理员可以查看链接检查。',
  noticeTitle: '在线办理链接',
  noticeWorks: '可以访问（HTTP {status}），检查时间：{time}。',
  noticeBroken: '自 {since} 起无法访问：',
  noticeFallback: '公开网站将显示线下办理点和提示，而不是“在线办理”按钮。',
  noticeBlocked: '未检查：',
  noticeUnchecked: '尚未检查：已发布服务的链接每天检查一次。',
  details: '详情',
}

const statusLabels: Record<'en' | 'zh', Record<LinkStatus, string>> = {
  en: { ok: 'OK', redirected: 'redirected', broken: 'broken', timeout: 'timeout', error: 'error', blocked: 'blocked' },
  zh: { ok: '正常', redirected: '已重定向', broken: '失效', timeout: '超时', error: '错误', blocked: '已拦截' },
}

export type LinkTranslate = (key: LinkMessageKey, vars?: Record<string, string | number>) => string

export const linkTranslator: (language: string | undefined | null) => LinkTranslate = adminTranslator({ en, zh })

export const linkStatusLabel = (language: string | undefined | null, status: LinkStatus): string =>
  statusLabels[adminLanguage(language)][status]
