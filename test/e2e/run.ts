/**
 * `npm run test:e2e [files…]` — browser tests against the real app.
 *
 * 1. Builds (`next build`) when there is no build or a source file is newer than it (E2E_BUILD=1
 *    forces it), with a throwaway database and secret, and puts back tsconfig.json if Next
 *    rewrote it.
 * 2. Starts the production server (`src/start.ts`, as `npm start` does) on a free loopback port
 *    with a fresh SQLite database and media folder in a temp dir; the empty database is seeded
 *    with the demo content and accounts. Machine translation is left unconfigured.
 * 3. Runs each test/e2e/*.e2e.ts (or the files given) with `node --import tsx`, E2E_BASE_URL set.
 * 4. Stops the server by its PID and deletes the temp dir (KEEP_TMP=1 keeps it, with the log).
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const startTimeoutMs = Number(process.env.START_TIMEOUT ?? 180) * 1000

const log = (message: string) => console.log(`[e2e] ${message}`)

/** Newest modification time under the given paths (files or folders), in ms. */
const newestMtime = (paths: string[]): number => {
  let newest = 0
  const visit = (target: string) => {
    if (!existsSync(target)) return
    const stat = statSync(target)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(target))
        if (entry !== 'node_modules' && !entry.startsWith('.')) visit(path.join(target, entry))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

const buildIfNeeded = () => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const sources = ['src', 'collections', 'seed', 'locales', 'next.config.mjs', 'package.json'].map((entry) =>
    path.join(root, entry),
  )
  const stale = !existsSync(buildId) || newestMtime(sources) > statSync(buildId).mtimeMs
  if (!stale && process.env.E2E_BUILD !== '1') {
    log('Using the existing build (.next/BUILD_ID is newer than the sources).')
    return
  }
  log('Building (next build, about 70 s)…')
  const tsconfig = path.join(root, 'tsconfig.json')
  const tsconfigBefore = readFileSync(tsconfig, 'utf8')
  const tmp = mkdtempSync(path.join(tmpdir(), 'portal-e2e-build-'))
  try {
    const result = spawnSync('npx', ['next', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        // Prerendering boots Payload: give it a database and secret of its own.
        DATABASE_URL: `file:${path.join(tmp, 'build.db')}`,
        MEDIA_DIR: path.join(tmp, 'media'),
        PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      },
    })
    if (result.status !== 0) throw new Error(`next build failed (exit status ${result.status}).`)
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== tsconfigBefore) {
      writeFileSync(tsconfig, tsconfigBefore)
      log('Put back tsconfig.json (next build had rewritten it).')
    }
    rmSync(tmp, { recursive: true, force: true })
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const waitForReady = async (base: string, alive: () => boolean) => {
  const started = Date.now()
  while (Date.now() - started < startTimeoutMs) {
    if (!alive()) throw new Error('The server exited during start-up.')
    try {
      const ready = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) })
      if (ready.ok) {
        // The first admin page compiles nothing in production, but warms Next up.
        await fetch(`${base}/admin/login`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined)
        return
      }
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  throw new Error(`The server was not ready within ${startTimeoutMs / 1000} s.`)
}

const main = async (): Promise<number> => {
  const files = process.argv.slice(2).length
    ? process.argv.slice(2).map((file) => path.resolve(file))
    : readdirSync(path.join(root, 'test', 'e2e'))
        .filter((file) => file.endsWith('.e2e.ts'))
        .sort()
        .map((file) => path.join(root, 'test', 'e2e', file))
  if (files.length === 0) throw new Error('No test/e2e/*.e2e.ts files to run.')

  buildIfNeeded()

  const tmp = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'))
  const logFile = path.join(tmp, 'server.log')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: `file:${path.join(tmp, 'portal.db')}`,
    MEDIA_DIR: path.join(tmp, 'media'),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    SEED_ON_START: 'true',
    JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env.DEEPL_AUTH_KEY
  delete env.DEEPL_SERVER_URL

  log(`Starting the server on ${base} (database and log in ${tmp})…`)
  const out = openSync(logFile, 'a')
  const server = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'src/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', out, out],
  })
  closeSync(out)
  let exited = false
  server.once('exit', () => {
    exited = true
  })

  const stop = async () => {
    if (exited || server.pid === undefined) return
    log(`Stopping the server (PID ${server.pid})…`)
    process.kill(server.pid, 'SIGTERM')
    for (let waited = 0; waited < 15_000 && !exited; waited += 250) await sleep(250)
    if (!exited) {
      log('Still running after 15 s: SIGKILL.')
      process.kill(server.pid, 'SIGKILL')
    }
  }

  // Ctrl-C or a CI timeout still stops the server this run started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (!exited && server.pid !== undefined) process.kill(server.pid, 'SIGKILL')
      if (process.env.KEEP_TMP !== '1') rmSync(tmp, { recursive: true, force: true })
      process.exit(130)
    })
  }

  let failed = 0
  try {
    await waitForReady(base, () => !exited)
    log('Server ready.')
    for (const file of files) {
      log(`Running ${path.relative(root, file)}`)
      const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: base },
      })
      if (result.status === 0) log(`PASS ${path.relative(root, file)}`)
      else {
        failed += 1
        log(`FAIL ${path.relative(root, file)} (exit status ${result.status ?? result.signal})`)
      }
    }
  } catch (error) {
    failed += 1
    console.error(`[e2e] ${(error as Error).message}`)
  } finally {
    await stop()
    if (failed > 0) {
      const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n')
      console.error(`---- last 60 lines of the server log ----\n${lines.slice(-60).join('\n')}\n---- end of server log ----`)
    }
    if (process.env.KEEP_TMP === '1') log(`Kept ${tmp}`)
    else rmSync(tmp, { recursive: true, force: true })
  }
  return failed
}

main().then(
  (failed) => {
    log(failed === 0 ? 'All browser tests passed.' : `${failed} failed.`)
    process.exit(failed === 0 ? 0 : 1)
  },
  (error: Error) => {
    console.error(`[e2e] ${error.message}`)
    process.exit(1)
  },
)
