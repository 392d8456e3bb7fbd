/**
 * `npm start` / `npm run dev`: validate the configuration, connect the database (migrating it in
 * production), seed demo content into an empty database, then serve everything on one port.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import next from 'next'
import { getPayload } from 'payload'

import { seedIfEmpty } from '../seed'
import { readEnvironment } from './environment'

const fail = (message: string): never => {
  console.error(`Cannot start the portal: ${message}`)
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

const shutdown = () => {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
