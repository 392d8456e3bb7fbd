/**
 * Start-up configuration: every variable the portal reads is checked, every problem is reported
 * at once with one sentence naming the variable, and no secret value is ever repeated.
 */
import { configurationProblems, readEnvironment } from '../src/environment'

const secret = 'env-test-secret-0123456789abcdef0123'

const problemsWith = (vars: Record<string, string>) => configurationProblems({ PAYLOAD_SECRET: secret, ...vars })

test('an empty environment is the embedded demo: no problems, defaults', () => {
  expect(configurationProblems({})).toEqual([])
  expect(readEnvironment({})).toEqual({
    port: 3000,
    databaseUrl: 'file:./data/portal.db',
    databaseLabel: 'file:./data/portal.db',
    seedOnStart: true,
    shutdownTimeoutMs: 25_000,
  })
})

test('a complete production configuration is accepted', () => {
  const vars = {
    PORT: '8080',
    DATABASE_URL: 'postgres://portal:pw@db:5432/portal',
    PUBLIC_URL: 'https://english.shanghai.gov.cn',
    SEED_ON_START: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SHUTDOWN_TIMEOUT_MS: '30000',
    DEEPL_AUTH_KEY: 'f63c02c5-f056-4a4f-8a2e-6f6e0b1f2c3d:fx',
    DEEPL_SERVER_URL: 'https://api.deepl.com',
    DEEPL_ENGLISH_VARIANT: 'en-US',
    JOBS_AUTORUN: 'false',
    REDIS_URL: 'rediss://:pw@cache:6380/0',
    FEED_SETTLE_MS: '2000',
    LINKCHECK_CRON: 'off',
    LINKCHECK_CONCURRENCY: '4',
  }
  expect(problemsWith(vars)).toEqual([])
  expect(readEnvironment({ PAYLOAD_SECRET: secret, ...vars })).toMatchObject({
    port: 8080,
    databaseLabel: 'postgres://portal:***@db:5432/portal',
    seedOnStart: false,
    shutdownTimeoutMs: 30_000,
  })
})

test.each([
  ['numbers out of range', { PORT: '70000' }, 'PORT must be a whole number from 1 to 65535, not "70000".'],
  ['numbers that are not whole', { FEED_SETTLE_MS: '2.5' }, /^FEED_SETTLE_MS must be a whole number from 0 to/],
  ['numbers that are words', { WORKER_INTERVAL_MS: 'often' }, /^WORKER_INTERVAL_MS must be a whole number/],
  ['negative durations', { WEBHOOK_RETRY_DELAY_MS: '-1' }, /^WEBHOOK_RETRY_DELAY_MS must be a whole number from 0/],
  ['switches', { JOBS_AUTORUN: 'yes' }, 'JOBS_AUTORUN must be true or false, not "yes".'],
  ['choices', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, not "verbose".'],
  ['choices', { DEEPL_ENGLISH_VARIANT: 'en' }, 'DEEPL_ENGLISH_VARIANT must be en-GB or en-US, not "en".'],
  ['URLs', { PUBLIC_URL: 'english.shanghai.gov.cn' }, /^PUBLIC_URL must be a URL such as https:\/\/portal\.example\.gov/],
  ['URLs of the wrong kind', { REDIS_URL: 'http://cache:6379' }, /^REDIS_URL must be a URL such as redis:\/\/redis:6379/],
  ['database URLs', { DATABASE_URL: 'mysql://db/portal' }, /^DATABASE_URL "mysql:\/\/db\/portal" is not supported/],
  ['malformed server database URLs', { DATABASE_URL: 'postgres://' }, /^DATABASE_URL "postgres:\/\/" is not a valid URL/],
  ['a media folder that is a file', { MEDIA_DIR: 'package.json' }, 'MEDIA_DIR "package.json" is a file, not a folder.'],
  ['link check settings', { LINKCHECK_CRON: 'daily' }, /^LINKCHECK_CRON must be a cron expression/],
  ['link check settings', { LINKCHECK_PER_HOST: '9' }, /^LINKCHECK_PER_HOST must be a whole number from 1 to 4/],
  ['link check settings', { LINKCHECK_ALLOW_PRIVATE: '1' }, /^LINKCHECK_ALLOW_PRIVATE must be true or false/],
])('%s are refused with a clear sentence (%o)', (_kind, vars, message) => {
  const problems = problemsWith(vars)
  expect(problems).toHaveLength(1)
  expect(problems[0]).toMatch(message)
})

test('secrets are checked but never repeated', () => {
  const problems = configurationProblems({
    PAYLOAD_SECRET: 'short-secret-xyz',
    DEEPL_AUTH_KEY: 'f63c02c5-f056 4a4f:fx',
    REDIS_URL: 'http://:redis-password-1@cache:6379',
    DATABASE_URL: 'mongodb://portal:mongo-password-1@',
  })
  expect(problems).toEqual([
    'DATABASE_URL "mongodb://portal:***@" is not a valid URL (user:password@host:port/database).',
    'DEEPL_AUTH_KEY contains spaces or line breaks: copy the key again.',
    'REDIS_URL must be a URL such as redis://redis:6379, not "http://:***@cache:6379".',
    'PAYLOAD_SECRET must be at least 32 characters long (it has 16).',
  ])
  for (const value of ['short-secret-xyz', 'f63c02c5', 'redis-password-1', 'mongo-password-1'])
    expect(problems.join('\n')).not.toContain(value)
})

test('a server database needs a secret', () => {
  expect(configurationProblems({ DATABASE_URL: 'postgres://db/portal' })).toEqual([
    'PAYLOAD_SECRET is not set: it is required with any DATABASE_URL but the embedded demo database.',
  ])
})

test('every problem is reported at once, one line each', () => {
  const vars = { PORT: '0', JOBS_AUTORUN: 'no', LOG_LEVEL: 'loud', FEED_PAGE_CACHE_MS: 'x', LINKCHECK_TIMEOUT_MS: '5' }
  expect(problemsWith(vars).map((line) => line.split(' ')[0])).toEqual([
    'PORT',
    'LOG_LEVEL',
    'JOBS_AUTORUN',
    'FEED_PAGE_CACHE_MS',
    'LINKCHECK_TIMEOUT_MS',
  ])
  expect(() => readEnvironment({ PAYLOAD_SECRET: secret, ...vars })).toThrow(
    /^PORT .*\nLOG_LEVEL .*\nJOBS_AUTORUN .*\nFEED_PAGE_CACHE_MS .*\nLINKCHECK_TIMEOUT_MS .*$/,
  )
})
