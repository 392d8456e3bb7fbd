/**
 * SIGTERM drains the real server process (`src/start.ts`): the port closes at once (new
 * connections are refused), a request in flight is still answered, the job the autorun is
 * working (a webhook delivery to a slow partner) finishes, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import path from 'node:path'

import { startPortal, type Portal } from './support/portal'

const root = path.resolve(import.meta.dirname, '..')

let portal: Portal
let hook: Server
let child: ChildProcess | undefined
let releaseHook = () => {}
let hookArrived: Promise<void>

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  portal = await startPortal()
  // A partner's webhook receiver that answers only when the test lets it.
  let arrived = () => {}
  hookArrived = new Promise((resolve) => (arrived = resolve))
  hook = createServer((req, res) => {
    req.resume()
    arrived()
    releaseHook = () => res.writeHead(200).end('ok')
  }).listen(0, '127.0.0.1')
  await new Promise((resolve) => hook.once('listening', resolve))
})

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL')
  hook.closeAllConnections()
  hook.close()
  await portal.stop()
})

/** Sends a POST whose body arrives in two parts; resolves with status and body once answered. */
const slowPost = (port: number, json: string) => {
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/graphql',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) },
    agent: false,
  })
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
  })
  req.write(json.slice(0, 10))
  return { finish: () => req.end(json.slice(10)), answer }
}

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.on('connect', () => {
      socket.destroy()
      resolve('connected')
    })
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })

test('SIGTERM: no new connections, the request in flight and the running job finish, exit 0', async () => {
  const { payload } = portal
  const partner = await payload.create({
    collection: 'partners',
    data: {
      name: 'Slow Partner',
      allowedLocales: ['en'],
      allowedTypes: ['news'],
      webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
    },
    overrideAccess: true,
  })
  const delivery = await payload.create({
    collection: 'webhook-deliveries',
    data: {
      partner: partner.id,
      eventId: 'evt-shutdown-1',
      eventType: 'item.published',
      itemType: 'news',
      itemId: '1',
      locale: 'en',
      body: '{"id":"evt-shutdown-1"}',
      status: 'pending',
    },
    overrideAccess: true,
  })
  await payload.jobs.queue({ task: 'deliverWebhook', queue: 'webhooks', input: { delivery: String(delivery.id) } })

  const port = await freePort()
  let output = ''
  child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'src/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      PORT: String(port),
      SEED_ON_START: 'false',
      JOBS_AUTORUN: 'true',
      // The partner takes its time; the delivery must wait for it, not give up.
      WEBHOOK_TIMEOUT_MS: '60000',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)))

  for (let waited = 0; !/International Services Portal on/.test(output); waited += 200) {
    if (waited > 90_000 || child.exitCode !== null) throw new Error(`the server did not start:\n${output}`)
    await sleep(200)
  }
  // The autorun (every 2 s) picks up the delivery; the partner is now holding it open.
  await Promise.race([
    hookArrived,
    sleep(60_000).then(() => {
      throw new Error(`the job never reached the partner:\n${output}`)
    }),
  ])

  const inFlight = slowPost(port, JSON.stringify({ query: '{ __typename }' }))
  await sleep(300)
  child.kill('SIGTERM')
  await sleep(500)

  expect(await refused(port)).toBe('ECONNREFUSED')
  expect(child.exitCode).toBeNull()

  inFlight.finish()
  const answer = await inFlight.answer
  expect(answer.status).toBe(200)
  expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } })

  // Still waiting for its job.
  await sleep(500)
  expect(child.exitCode).toBeNull()
  releaseHook()

  expect(await exited).toBe(0)
  expect(output).toMatch(/SIGTERM: no new connections/)
  expect(output).toMatch(/"msg":"Stopped\."/)
  const delivered = await payload.findByID({ collection: 'webhook-deliveries', id: delivery.id, overrideAccess: true })
  expect(delivered).toMatchObject({ status: 'delivered', lastStatusCode: 200 })
}, 150_000)
