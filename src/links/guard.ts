import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { blockedRange } from './addresses'
import { hostKey, type LinkCheckOptions } from './options'
import type { ErrorKind, LinkStatus } from './statuses'

/** The one address a request may connect to, or why there is none. */
export type Target =
  { ok: true; address: string; family: 4 | 6 } | { ok: false; status: LinkStatus; errorKind: ErrorKind; error: string }

const dnsTimeout = Symbol('dns timeout')

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | typeof dnsTimeout> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof dnsTimeout>((resolve) => (timer = setTimeout(() => resolve(dnsTimeout), ms)))
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The SSRF guard: resolves the URL's host and refuses it when any of its addresses is private,
 * loopback, link-local or otherwise not public, unless the host is allowed by configuration.
 * The caller connects to the address returned here and nowhere else, so a second DNS answer
 * cannot point the request somewhere else.
 */
export const resolveTarget = async (
  url: URL,
  { allowPrivate, allowedHosts, timeoutMs }: Pick<LinkCheckOptions, 'allowPrivate' | 'allowedHosts' | 'timeoutMs'>,
): Promise<Target> => {
  const host = hostKey(url.hostname)
  const literal = isIP(host)
  let addresses: { address: string; family: number }[]
  if (literal) addresses = [{ address: host, family: literal }]
  else {
    try {
      const answer = await withTimeout(lookup(host, { all: true, verbatim: true }), timeoutMs)
      if (answer === dnsTimeout) {
        return { ok: false, status: 'timeout', errorKind: 'dns', error: `DNS: no answer for ${host} within ${timeoutMs} ms.` }
      }
      addresses = answer
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException
      return { ok: false, status: 'error', errorKind: 'dns', error: `DNS: cannot resolve ${host} (${code ?? 'no address'}).` }
    }
  }
  if (addresses.length === 0) return { ok: false, status: 'error', errorKind: 'dns', error: `DNS: ${host} has no address.` }
  if (!allowPrivate && !allowedHosts.includes(host)) {
    for (const { address } of addresses) {
      const range = blockedRange(address)
      if (range) {
        const what = literal ? address : `${host} resolves to ${address}, which`
        return {
          ok: false,
          status: 'blocked',
          errorKind: 'private_address',
          error: `Not checked: ${what} is a ${range} address.`,
        }
      }
    }
  }
  const [{ address, family }] = addresses
  return { ok: true, address, family: family === 6 ? 6 : 4 }
}
