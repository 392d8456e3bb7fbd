/**
 * A partner's webhook receiver on loopback, as the README tells partners to build one: every
 * request is verified with the README's own snippet and the partner's secret, each event id is
 * processed once, and the test decides what it answers.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { WebhookEvent } from '../../src/webhooks/events'

export type Verify = (
  secret: string,
  headers: IncomingHttpHeaders,
  rawBody: Buffer | string,
  toleranceSeconds?: number,
) => boolean

/** The README's verifyWebhook, run exactly as documented. */
export const readmeVerifier = async (): Promise<Verify> => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
  const snippet = readme.match(/```js\n(import [\s\S]*?export function verifyWebhook[\s\S]*?)```/)?.[1]
  if (!snippet) throw new Error('README.md has no verifyWebhook snippet.')
  return ((await import(`data:text/javascript,${encodeURIComponent(snippet)}`)) as { verifyWebhook: Verify }).verifyWebhook
}

export type ReceivedRequest = { path: string; eventId: string; headers: IncomingHttpHeaders; body: string; verified: boolean }

export type Receiver = {
  url: (path: string) => string
  /** The signing secret the receiver at this path verifies with (the partner's, as given to it). */
  secrets: Map<string, string>
  /** Every request, in order of arrival. */
  requests: ReceivedRequest[]
  /** Verified events processed at a path, each event id once, in order of arrival. */
  events: (path: string) => WebhookEvent[]
  /** Answers the next `count` requests at this path with 500, after processing them. */
  failNext: (path: string, count: number) => void
  verify: Verify
  /** Forgets what was received (not the secrets). */
  reset: () => void
  close: () => Promise<void>
}

export const startReceiver = async (): Promise<Receiver> => {
  const verify = await readmeVerifier()
  const secrets = new Map<string, string>()
  const failing = new Map<string, number>()
  const requests: ReceivedRequest[] = []
  const processed = new Map<string, ReceivedRequest>()

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const at = req.url ?? '/'
    const secret = secrets.get(at)
    const received = {
      path: at,
      eventId: String(req.headers['x-portal-event-id']),
      headers: req.headers,
      body: body.toString('utf8'),
      verified: secret !== undefined && verify(secret, req.headers, body),
    }
    requests.push(received)
    if (!received.verified) {
      res.writeHead(401).end('bad signature')
      return
    }
    if (!processed.has(received.eventId)) processed.set(received.eventId, received)
    const failures = failing.get(at) ?? 0
    if (failures > 0) {
      failing.set(at, failures - 1)
      res.writeHead(500).end('temporarily broken')
      return
    }
    res.writeHead(204).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: (at) => `http://127.0.0.1:${port}${at}`,
    secrets,
    requests,
    events: (at) =>
      [...processed.values()].filter((each) => each.path === at).map((each) => JSON.parse(each.body) as WebhookEvent),
    failNext: (at, count) => failing.set(at, count),
    verify,
    reset: () => {
      requests.length = 0
      processed.clear()
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
