/** How the link check behaves, from LINKCHECK_* environment variables; pure, so start-up can validate it. */
export type LinkCheckOptions = {
  /** Per request (connection, TLS and the answer's headers), and for the DNS lookup. */
  timeoutMs: number
  maxRedirects: number
  /** Requests in flight across all hosts. */
  concurrency: number
  /** Requests in flight to one host name. */
  perHost: number
  /** Pause between two requests to the same host. */
  hostDelayMs: number
  /** Results kept per link. */
  historyLength: number
  /** Check private, loopback and link-local addresses too (never in production). */
  allowPrivate: boolean
  /** Host names (as written in the URL) checked even when they resolve to a private address. */
  allowedHosts: string[]
  userAgent: string
}

/** Environment variables, as in process.env. */
type Env = Record<string, string | undefined>

/** When the daily check is queued (cron, server time); `off` schedules nothing ("check now" still works). */
export const defaultLinkCheckCron = '0 3 * * *'

const cronPattern = /^\s*[\d*/,\-A-Za-z?LW#]+(\s+[\d*/,\-A-Za-z?LW#]+){4,5}\s*$/

const wholeNumber = (vars: Env, name: string, fallback: number, min: number, max: number): number => {
  const raw = vars[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`)
  }
  return value
}

/** The host name as compared: lower case, no brackets around IPv6, no trailing dot. */
export const hostKey = (hostname: string): string =>
  hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')

/** Reads and checks the LINKCHECK_* variables; throws one clear message for a bad one. */
export const readLinkCheckOptions = (vars: Env = process.env): LinkCheckOptions => {
  const allowPrivate = vars.LINKCHECK_ALLOW_PRIVATE ?? 'false'
  if (allowPrivate !== 'true' && allowPrivate !== 'false') {
    throw new Error(`LINKCHECK_ALLOW_PRIVATE must be true or false, not "${allowPrivate}".`)
  }
  const site = vars.PUBLIC_URL ? ` (+${vars.PUBLIC_URL})` : ''
  return {
    timeoutMs: wholeNumber(vars, 'LINKCHECK_TIMEOUT_MS', 10_000, 100, 120_000),
    maxRedirects: wholeNumber(vars, 'LINKCHECK_MAX_REDIRECTS', 5, 0, 20),
    concurrency: wholeNumber(vars, 'LINKCHECK_CONCURRENCY', 8, 1, 64),
    perHost: wholeNumber(vars, 'LINKCHECK_PER_HOST', 1, 1, 4),
    hostDelayMs: wholeNumber(vars, 'LINKCHECK_HOST_DELAY_MS', 1000, 0, 60_000),
    historyLength: wholeNumber(vars, 'LINKCHECK_HISTORY', 30, 1, 365),
    allowPrivate: allowPrivate === 'true',
    allowedHosts: (vars.LINKCHECK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((host) => hostKey(host.trim()))
      .filter(Boolean),
    userAgent: `InternationalServicesPortal-LinkCheck/1${site}`,
  }
}

/** The schedule of the daily check, or null when LINKCHECK_CRON is `off`. */
export const readLinkCheckCron = (vars: Env = process.env): string | null => {
  const cron = vars.LINKCHECK_CRON || defaultLinkCheckCron
  if (cron === 'off') return null
  if (!cronPattern.test(cron)) {
    throw new Error(`LINKCHECK_CRON must be a cron expression such as "${defaultLinkCheckCron}" (or off), not "${cron}".`)
  }
  return cron.trim()
}
