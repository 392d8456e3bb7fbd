/**
 * `npm start` / `npm run dev`: validate the configuration, connect the database (migrating it in
 * production), seed demo content into an empty database, then serve everything on one port
 * until SIGTERM, which drains requests and the current job before exiting.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import next from 'next'
import { getPayload } from 'payload'

import { seedIfEmpty } from '../seed'
import { readEnvironment } from './environment'
import { shutDownGracefully } from './operations/shutdown'

// One line per problem (a bad configuration lists every bad variable at once).
const fail = (message: string): never => {
  for (const line of message.split('\n')) console.error(`Cannot start the portal: ${line}`)
  process.exit(1)
}

const env = (() => {
  try {
    return readEnvironment(process.env)
  } catch (error) {
    return fail((error as Error).message)
  }
})()

const dev = process.env.NODE_ENV !== 'production'
const dir = path.resolve(import.meta.dirname, '..')

if (!dev && !existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
  console.log('No production build found: running next build once (about a minute)…')
  const build = spawnSync('npx', ['next', 'build'], { cwd: dir, stdio: 'inherit' })
  if (build.status !== 0) fail('next build failed (see above).')
}

const { default: config } = await import('./payload.config').catch((error: Error) => fail(error.message))
const payload = await getPayload({ config, cron: true }).catch((error: Error) =>
  fail(`database ${env.databaseLabel} is not usable: ${error.message.replace(/^Error: /, '')}`),
)

if (env.seedOnStart) await seedIfEmpty(payload)

const nextApp = next({ dev, dir })
await nextApp.prepare()
const handle = nextApp.getRequestHandler()

// Loaded after the config: the site's modules import it, and its errors must stay one line.
const { createApp } = await import('./server')
const app = createApp({ config, payload, next: (req, res) => handle(req, res) })
const server = app.listen(env.port, () => {
  payload.logger.info(`International Services Portal on http://localhost:${env.port} (admin at /admin)`)
})

let stopping = false
const shutdown = async (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  payload.logger.info(
    `${signal}: no new connections; finishing requests in flight and the current job (at most ${env.shutdownTimeoutMs} ms).`,
  )
  const inTime = await shutDownGracefully({ server, payload, timeoutMs: env.shutdownTimeoutMs })
  payload.logger.info(inTime ? 'Stopped.' : 'Stopped, cutting off what was still running.')
  process.exit(inTime ? 0 : 1)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
