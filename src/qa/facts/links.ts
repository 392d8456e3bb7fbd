/** Urls and e-mail addresses, compared without scheme, `www.` or a trailing slash; hosts case-insensitively. */
import type { Extractor } from './extractor'

const trailing = /[.,;:!?'"”’)\]}>»。，；：！？）】」』]+$/

export const normalizeUrl = (url: string): string => {
  const bare = url
    .trim()
    .replace(trailing, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
  const slash = bare.indexOf('/')
  const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase()
  const path = slash < 0 ? '' : bare.slice(slash).replace(/\/+$/, '')
  return `${host}${path}`
}

export const emails: Extractor = {
  kind: 'email',
  pattern: () => /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g,
  read: (match) => [{ value: match[0].toLowerCase(), numbers: [] }],
}

const urlPattern = new RegExp(
  [
    '(?:https?:\\/\\/|www\\.)[^\\s<>"\'()\\[\\]{}，。；、！？「」“”《》（）]+',
    // A bare host in a common domain: gaj.sh.gov.cn, zwdt.sh.gov.cn/govPortals
    '(?<![@\\w.\\/-])(?:[a-z0-9-]+\\.)+(?:cn|com|org|net|gov|edu|int|info)(?:\\/[^\\s<>"\'()，。；、（）]*)?(?![\\w-])',
  ].join('|'),
  'gi',
)

export const urls: Extractor = {
  kind: 'url',
  pattern: () => urlPattern,
  read: (match) => {
    const text = match[0].replace(trailing, '')
    return text ? [{ value: normalizeUrl(text), numbers: [], end: match.index + text.length }] : []
  },
}
