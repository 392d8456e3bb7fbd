/** Start-up refuses a bad configuration with one clear line, not a stack trace. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

const start = (env: Record<string, string>) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'src/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() && !/ExperimentalWarning|--trace-warnings/.test(line))
  return { status: result.status, lines }
}

const secret = 'startup-test-secret-0123456789abcdef'

test.each([
  ['an unsupported scheme', { DATABASE_URL: 'mysql://db/portal', PAYLOAD_SECRET: secret }, /DATABASE_URL "mysql:\/\/db\/portal" is not supported/],
  [
    'an unreachable PostgreSQL server (password hidden)',
    { DATABASE_URL: 'postgres://portal:hunter2@127.0.0.1:1/portal', PAYLOAD_SECRET: secret },
    /database postgres:\/\/portal:\*\*\*@127\.0\.0\.1:1\/portal is not usable: .*ECONNREFUSED/,
  ],
  ['a server database without a secret', { DATABASE_URL: 'postgres://127.0.0.1:1/portal' }, /PAYLOAD_SECRET is not set/],
  ['a bad port', { PORT: 'eighty', PAYLOAD_SECRET: secret }, /PORT must be a whole number/],
])('%s stops start-up with one line', (_name, env, message) => {
  const { status, lines } = start(env)
  expect(status).toBe(1)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Cannot start the portal: /)
  expect(lines[0]).toMatch(message)
  expect(lines[0]).not.toContain('hunter2')
})

test('every bad variable is reported at once, one line each, without secret values', () => {
  const { status, lines } = start({
    PORT: 'eighty',
    JOBS_AUTORUN: 'yes',
    REDIS_URL: 'http://:hunter2@cache:6379',
    PAYLOAD_SECRET: 'hunter2-short',
  })
  expect(status).toBe(1)
  expect(lines).toEqual([
    expect.stringMatching(/^Cannot start the portal: PORT must be a whole number/),
    expect.stringMatching(/^Cannot start the portal: JOBS_AUTORUN must be true or false/),
    expect.stringMatching(/^Cannot start the portal: REDIS_URL must be a URL such as redis:/),
    'Cannot start the portal: PAYLOAD_SECRET must be at least 32 characters long (it has 13).',
  ])
  expect(lines.join('\n')).not.toContain('hunter2')
})

test('the worker checks the configuration the same way', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'src/worker.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', WORKER_INTERVAL_MS: 'often', DATABASE_URL: 'postgres://db/portal' },
    encoding: 'utf8',
    timeout: 60_000,
  })
  expect(result.status).toBe(1)
  expect(result.stderr.split('\n').filter((line) => line.startsWith('Cannot'))).toEqual([
    'Cannot start the worker: WORKER_INTERVAL_MS must be a whole number from 50 to 3600000, not "often".',
    'Cannot start the worker: PAYLOAD_SECRET is not set: it is required with any DATABASE_URL but the embedded demo database.',
  ])
})
