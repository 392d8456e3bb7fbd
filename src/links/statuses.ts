/** What a link check found, from a reader's point of view. */
export const linkStatuses = ['ok', 'redirected', 'broken', 'timeout', 'error', 'blocked'] as const
export type LinkStatus = (typeof linkStatuses)[number]

/** Why a link that got no usable answer failed; `private_address` goes with `blocked`. */
export const errorKinds = [
  'dns',
  'refused',
  'tls',
  'reset',
  'unreachable',
  'too_many_redirects',
  'bad_redirect',
  'private_address',
  'other',
] as const
export type ErrorKind = (typeof errorKinds)[number]

/** A link readers cannot follow: HTTP 4xx/5xx, no answer, or no connection. */
export const failingStatuses: readonly LinkStatus[] = ['broken', 'timeout', 'error']

/** What the broken-links dashboard lists: failing links, and links the portal refused to check. */
export const problemStatuses: readonly LinkStatus[] = [...failingStatuses, 'blocked']

/** true when the link works, false when it fails, null when it was not checked (blocked). */
export const linkWorks = (status: LinkStatus | null | undefined): boolean | null => {
  if (status === 'ok' || status === 'redirected') return true
  return status && failingStatuses.includes(status) ? false : null
}

/** One redirect on the way: the address that answered and its 3xx status. */
export type Hop = { url: string; httpStatus: number }

export type CheckResult = {
  url: string
  status: LinkStatus
  /** The last HTTP status received, if any. */
  httpStatus: number | null
  /** Where the redirects led (the address that gave the last answer or failed). */
  finalUrl: string | null
  redirects: Hop[]
  errorKind: ErrorKind | null
  error: string | null
  /** The method of the last request: HEAD, or GET after a server refused HEAD. */
  method: 'HEAD' | 'GET'
  checkedAt: string
  durationMs: number
}
