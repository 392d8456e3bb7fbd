import { statSync } from 'node:fs'

import { databaseKind, defaultDatabaseUrl, redactUrl } from './db/adapter'
import { readLinkCheckCron, readLinkCheckOptions } from './links/options'
import { cycleVariable, readReviewCycles, reviewedCollections } from './reviews/cycles'
import { ConfigError, secretProblem } from './secret'

export type Environment = {
  port: number
  databaseUrl: string
  /** The URL without its password, for messages. */
  databaseLabel: string
  seedOnStart: boolean
  /** How long a SIGTERM waits for in-flight requests and the current job. */
  shutdownTimeoutMs: number
}

type Vars = Record<string, string | undefined>

/** What is wrong with one set variable, or null; messages never contain a secret value. */
type Check = (name: string, value: string) => string | null

const wholeNumber =
  (min: number, max: number): Check =>
  (name, value) => {
    const number = Number(value)
    return Number.isInteger(number) && number >= min && number <= max
      ? null
      : `${name} must be a whole number from ${min} to ${max}, not "${value}".`
  }

const oneOf =
  (...allowed: string[]): Check =>
  (name, value) =>
    allowed.includes(value) ? null : `${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, not "${value}".`

const urlWith =
  (protocols: string[], example: string): Check =>
  (name, value) => {
    const ok = URL.canParse(value) && protocols.includes(new URL(value).protocol) && new URL(value).hostname !== ''
    // Printed without any password it may hold.
    return ok ? null : `${name} must be a URL such as ${example}, not "${redactUrl(value)}".`
  }

const serverDatabaseUrl: Check = (name, value) => {
  try {
    if (databaseKind(value) === 'sqlite') return null
  } catch (error) {
    return (error as Error).message
  }
  return URL.canParse(value) && new URL(value).hostname
    ? null
    : `${name} "${redactUrl(value)}" is not a valid URL (user:password@host:port/database).`
}

const noSpaces: Check = (name, value) => (/\s/.test(value) ? `${name} contains spaces or line breaks: copy the key again.` : null)

const folder: Check = (name, value) => {
  const stat = statSync(value, { throwIfNoEntry: false })
  return stat && !stat.isDirectory() ? `${name} "${value}" is a file, not a folder.` : null
}

/** The link check reads its own variables; each is checked alone so every bad one is reported. */
const linkCheck: Check = (name, value) => {
  try {
    if (name === 'LINKCHECK_CRON') readLinkCheckCron({ [name]: value })
    else readLinkCheckOptions({ [name]: value })
    return null
  } catch (error) {
    return (error as Error).message
  }
}

/** REVIEW_CYCLE_DAYS_*: src/reviews/cycles.ts reads them and says what is wrong. */
const reviewCycle: Check = (name, value) => {
  try {
    readReviewCycles({ [name]: value })
    return null
  } catch (error) {
    return (error as Error).message
  }
}

const milliseconds = wholeNumber(0, 24 * 3600_000)
const boolean = oneOf('true', 'false')

/** Every variable the portal reads (README "Configuration" lists them), and how it is checked when set. */
export const variableChecks: Record<string, Check> = {
  PORT: wholeNumber(1, 65535),
  DATABASE_URL: serverDatabaseUrl,
  PUBLIC_URL: urlWith(['http:', 'https:'], 'https://portal.example.gov'),
  MEDIA_DIR: folder,
  BACKUP_DIR: folder,
  SEED_ON_START: boolean,
  NODE_ENV: oneOf('production', 'development', 'test'),
  LOG_LEVEL: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(1000, 600_000),
  DEEPL_AUTH_KEY: noSpaces,
  DEEPL_SERVER_URL: urlWith(['http:', 'https:'], 'https://api.deepl.com'),
  DEEPL_ENGLISH_VARIANT: oneOf('en-GB', 'en-US'),
  DEEPL_TIMEOUT_MS: wholeNumber(100, 600_000),
  TRANSLATION_RETRY_DELAY_MS: milliseconds,
  JOBS_AUTORUN: boolean,
  WORKER_INTERVAL_MS: wholeNumber(50, 3600_000),
  WEBHOOK_TIMEOUT_MS: wholeNumber(100, 600_000),
  WEBHOOK_RETRY_DELAY_MS: milliseconds,
  REDIS_URL: urlWith(['redis:', 'rediss:'], 'redis://redis:6379'),
  FEED_SETTLE_MS: milliseconds,
  FEED_ITEM_CACHE_MS: milliseconds,
  FEED_PAGE_CACHE_MS: milliseconds,
  LINKCHECK_CRON: linkCheck,
  LINKCHECK_TIMEOUT_MS: linkCheck,
  LINKCHECK_MAX_REDIRECTS: linkCheck,
  LINKCHECK_CONCURRENCY: linkCheck,
  LINKCHECK_PER_HOST: linkCheck,
  LINKCHECK_HOST_DELAY_MS: linkCheck,
  LINKCHECK_HISTORY: linkCheck,
  LINKCHECK_ALLOW_PRIVATE: linkCheck,
  ...Object.fromEntries(reviewedCollections.map((collection) => [cycleVariable(collection), reviewCycle])),
}

/** Every problem with the configuration, one sentence each (empty when it is usable). */
export const configurationProblems = (vars: Vars): string[] => {
  const problems = Object.entries(variableChecks).flatMap(([name, check]) => {
    const value = vars[name]
    if (value === undefined || value === '') return []
    return check(name, value) ?? []
  })
  const secret = secretProblem(vars)
  return secret ? [...problems, secret] : problems
}

/** Reads and checks every variable; throws a ConfigError listing all problems, one per line. */
export const readEnvironment = (vars: Vars): Environment => {
  const problems = configurationProblems(vars)
  if (problems.length > 0) throw new ConfigError(problems.join('\n'))
  const databaseUrl = vars.DATABASE_URL || defaultDatabaseUrl
  return {
    port: Number(vars.PORT || 3000),
    databaseUrl,
    databaseLabel: redactUrl(databaseUrl),
    seedOnStart: vars.SEED_ON_START !== 'false',
    shutdownTimeoutMs: Number(vars.SHUTDOWN_TIMEOUT_MS || 25_000),
  }
}
