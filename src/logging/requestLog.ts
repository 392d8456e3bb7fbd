import { randomUUID } from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { requestContext } from './requestContext'

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot forge log lines. */
const acceptableId = /^[A-Za-z0-9._:-]{1,128}$/

/** Query parameters whose values are credentials; the rest of the query is worth logging. */
const secretParam = /key|token|secret|password|signature|auth|session/i

/** The path and query as logged: secret parameter values are replaced. */
export const loggablePath = (originalUrl: string): string => {
  const url = new URL(originalUrl, 'http://portal.invalid')
  for (const name of [...url.searchParams.keys()]) {
    if (secretParam.test(name)) url.searchParams.set(name, '[redacted]')
  }
  return `${url.pathname}${url.search}`
}

/** Probes run every few seconds; their successes are logged only at debug level. */
const probes = new Set(['/healthz', '/readyz'])
/** Next's static assets: one page view fetches dozens, so they too are logged only at debug level. */
const isAsset = (path: string) => path.startsWith('/_next/')

const levelOf = (path: string, status: number) => {
  // A failing probe is the readiness check's own warning, not a server error.
  if (probes.has(path)) return status < 400 ? 'debug' : 'warn'
  if (status >= 500) return 'error'
  return status < 400 && isAsset(path) ? 'debug' : 'info'
}

/**
 * Gives every request an id (the caller's X-Request-Id when it is acceptable, else a new one),
 * returns it as X-Request-Id, makes it available to the code serving the request
 * (currentRequestId()) and logs one JSON line when the answer is sent.
 */
export const requestLogging =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const incoming = req.get('x-request-id')
    const requestId = incoming && acceptableId.test(incoming) ? incoming : randomUUID()
    // Payload's own request sees the same id.
    req.headers['x-request-id'] = requestId
    res.locals.requestId = requestId
    res.setHeader('X-Request-Id', requestId)

    const started = process.hrtime.bigint()
    res.on('close', () => {
      const log = payload.logger.child({ requestId })
      const line = {
        method: req.method,
        path: loggablePath(req.originalUrl),
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        // The client went away before the answer was complete.
        ...(res.writableFinished ? {} : { aborted: true }),
      }
      log[levelOf(req.path, res.statusCode)](line, 'request')
    })
    requestContext.run({ requestId }, next)
  }
