/**
 * Link check targets on 127.0.0.1: a node:http server whose paths answer as real sites do (200,
 * redirect chains, 404, 500, no answer, HEAD refused…), counting requests per path and the
 * connections open at once.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type LinkTargets = {
  origin: string
  port: number
  url: (path: string) => string
  /** Requests received per path (any method). */
  hits: (path: string) => number
  methods: (path: string) => string[]
  /** The headers of every request received. */
  headers: () => IncomingMessage['headers'][]
  /** The most connections that were open at the same time, and when each request arrived (ms). */
  maxConnections: () => number
  arrivals: (path: string) => number[]
  /** Changes what a path answers from now on. */
  answer: (path: string, status: number) => void
  stop: () => Promise<void>
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

const redirect = (res: ServerResponse, status: number, location: string) => {
  res.writeHead(status, { Location: location })
  res.end()
}

export const startLinkTargets = async (): Promise<LinkTargets> => {
  const requests: { path: string; method: string; at: number; headers: IncomingMessage['headers'] }[] = []
  const statuses = new Map<string, number>([['/toggle', 404]])
  const sockets = new Set<Socket>()
  let open = 0
  let maxOpen = 0
  let origin = ''

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin)
    requests.push({ path: url.pathname, method: req.method ?? '', at: Date.now(), headers: req.headers })
    switch (url.pathname) {
      case '/redirect-1':
        return redirect(res, 301, '/redirect-2')
      case '/redirect-2':
        return redirect(res, 302, `${origin}/ok`)
      case '/loop':
        return redirect(res, 302, '/loop')
      case '/to-private':
        return redirect(res, 302, `http://localhost:${new URL(origin).port}/private-target`)
      case '/to-ftp':
        return redirect(res, 302, 'ftp://ftp.example.com/file')
      case '/hang':
        return // never answers
      case '/no-head':
        res.writeHead(req.method === 'HEAD' ? 405 : 200)
        return res.end()
      case '/slow':
        return void setTimeout(() => res.writeHead(200).end('slow'), 150)
      case '/missing':
        return res.writeHead(404).end('not found')
      case '/error':
        return res.writeHead(500).end('server error')
      default:
        res.writeHead(statuses.get(url.pathname) ?? 200, { 'Content-Type': 'text/plain', 'Set-Cookie': 'tracker=1' })
        return res.end('a body the checker does not need')
    }
  }

  const server = createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    open += 1
    maxOpen = Math.max(maxOpen, open)
    socket.on('close', () => {
      sockets.delete(socket)
      open -= 1
    })
  })
  const port = await listen(server)
  origin = `http://127.0.0.1:${port}`
  const of = (path: string) => requests.filter((request) => request.path === path)
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    hits: (path) => of(path).length,
    methods: (path) => of(path).map(({ method }) => method),
    headers: () => requests.map(({ headers }) => headers),
    maxConnections: () => maxOpen,
    arrivals: (path) => of(path).map(({ at }) => at),
    answer: (path, status) => void statuses.set(path, status),
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A port nothing listens on: bound, then released. */
export const closedPort = async (): Promise<number> => {
  const server = createServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** An https server on 127.0.0.1 with a self-signed certificate (made with openssl), which no client trusts. */
export const startSelfSignedServer = async (): Promise<{ url: string; stop: () => Promise<void> }> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'linkcheck-tls-'))
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')]
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
    {
      stdio: 'ignore',
    },
  )
  const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.writeHead(200).end())
  const port = await listen(server as unknown as Server)
  return { url: `https://127.0.0.1:${port}/`, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
