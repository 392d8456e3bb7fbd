import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import { isHttpUrl } from '../../collections/fields/url'
import { resolveTarget } from './guard'
import { type HostGate, openGate } from './hostGate'
import { hostKey, type LinkCheckOptions } from './options'
import type { CheckResult, ErrorKind, Hop, LinkStatus } from './statuses'

type Method = 'HEAD' | 'GET'
type Answer = { httpStatus: number; location: string | null }
type Failure = { status: LinkStatus; errorKind: ErrorKind | null; error: string }

const redirectStatuses = new Set([301, 302, 303, 307, 308])

/** Marks the error a request is destroyed with when its time is up. */
const timeoutCode = 'LINKCHECK_TIMEOUT'

/** Hands the connection the address the guard checked, whatever the system resolver would say now. */
const pinnedLookup =
  (address: string, family: 4 | 6): LookupFunction =>
  (_hostname, options, callback) =>
    options.all ? callback(null, [{ address, family }]) : callback(null, address, family)

/**
 * One request; resolves with the status and Location as soon as the headers arrive and drops the
 * body. No cookies, no credentials (user:password in a URL is not sent), no keep-alive.
 */
const send = (url: URL, target: { address: string; family: 4 | 6 }, method: Method, options: LinkCheckOptions): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request({
      protocol: url.protocol,
      hostname: hostKey(url.hostname),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      agent: false,
      lookup: pinnedLookup(target.address, target.family),
      headers: { 'User-Agent': options.userAgent, Accept: '*/*', 'Accept-Encoding': 'identity' },
    })
    const timer = setTimeout(() => request.destroy(Object.assign(new Error('timeout'), { code: timeoutCode })), options.timeoutMs)
    request.on('response', (response) => {
      clearTimeout(timer)
      const location = response.headers.location
      resolve({ httpStatus: response.statusCode ?? 0, location: location ?? null })
      response.destroy()
    })
    // Errors after the answer (the dropped body) no longer matter; the first one settles.
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    request.end()
  })

const tlsCode = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/

/** A network error as an operator reads it: what kind of failure, and the system's own words. */
const describeError = (error: unknown, url: URL, timeoutMs: number): Failure => {
  const { code = '', message } = error as NodeJS.ErrnoException
  if (code === timeoutCode) return { status: 'timeout', errorKind: null, error: `No answer within ${timeoutMs} ms.` }
  const detail = code && !message.includes(code) ? `${message} (${code})` : message
  const kind = (errorKind: ErrorKind, label: string): Failure => ({ status: 'error', errorKind, error: `${label}: ${detail}` })
  if (code === 'ECONNREFUSED') return kind('refused', `Connection refused by ${url.host}`)
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA'].includes(code)) return kind('dns', 'DNS')
  if (tlsCode.test(code) || /certificate|\btls\b|\bssl\b/i.test(message)) return kind('tls', 'TLS')
  if (['ECONNRESET', 'EPIPE'].includes(code) || message === 'socket hang up') return kind('reset', 'Connection reset')
  if (['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN'].includes(code)) return kind('unreachable', 'Unreachable')
  return kind('other', 'Request failed')
}

/** A Location header resolved against the address that sent it; null when it is not http(s). */
const redirectTarget = (location: string, base: URL): URL | null => {
  try {
    const next = new URL(location, base)
    return isHttpUrl(next.href) ? next : null
  } catch {
    return null
  }
}

/**
 * Checks one http(s) link: HEAD, then GET when the server answers HEAD with an error (some refuse
 * it), following redirects by hand so each hop is recorded and passes the SSRF guard again.
 * Never throws. `gate` applies per-host limits to every single request.
 */
export const checkLink = async (href: string, options: LinkCheckOptions, gate: HostGate = openGate): Promise<CheckResult> => {
  const started = Date.now()
  const redirects: Hop[] = []
  let method: Method = 'HEAD'
  let url = new URL(href)
  const finish = (fields: Pick<CheckResult, 'status'> & Partial<CheckResult>): CheckResult => ({
    url: href,
    httpStatus: null,
    finalUrl: url.href,
    redirects,
    errorKind: null,
    error: null,
    method,
    checkedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    ...fields,
  })

  for (;;) {
    const target = await resolveTarget(url, options)
    if (!target.ok) return finish({ status: target.status, errorKind: target.errorKind, error: target.error })
    const host = hostKey(url.hostname)
    const request = (each: Method) => {
      method = each
      return gate(host, () => send(url, target, each, options))
    }
    let answer: Answer
    try {
      answer = await request('HEAD')
      if (answer.httpStatus >= 400) answer = await request('GET')
    } catch (error) {
      return finish(describeError(error, url, options.timeoutMs))
    }
    const { httpStatus, location } = answer

    if (redirectStatuses.has(httpStatus) && location) {
      redirects.push({ url: url.href, httpStatus })
      const next = redirectTarget(location, url)
      if (!next) {
        return finish({
          status: 'error',
          httpStatus,
          errorKind: 'bad_redirect',
          error: `Redirected to "${location}", which is not an http(s) address.`,
        })
      }
      if (redirects.length > options.maxRedirects) {
        return finish({
          status: 'error',
          httpStatus,
          errorKind: 'too_many_redirects',
          error: `More than ${options.maxRedirects} redirects.`,
        })
      }
      url = next
      continue
    }
    if (httpStatus >= 200 && httpStatus < 300) return finish({ status: redirects.length ? 'redirected' : 'ok', httpStatus })
    return finish({ status: 'broken', httpStatus, error: `HTTP ${httpStatus}` })
  }
}
