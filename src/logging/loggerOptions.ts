import type { LoggerOptions } from 'pino'

import { currentRequestId } from './requestContext'
import { scrubSecrets } from './scrub'

/**
 * Database adapters log a connection failure with its whole stack before throwing it; start-up
 * reports the thrown error as one clear line, so the duplicate wall of text is dropped here.
 */
const isConnectFailure = (arg: unknown) =>
  typeof arg === 'object' && arg !== null && String((arg as { msg?: unknown }).msg).startsWith('Error: cannot connect to')

/** Fields that hold secrets wherever they are logged (one level deep, as pino's redact matches). */
const secretFields = ['password', 'apiKey', 'keyHash', 'webhookSecret', 'authKey', 'secret', 'token', 'databaseUrl']

export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL || 'info',
  redact: {
    paths: [
      ...secretFields.flatMap((field) => [field, `*.${field}`]),
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-api-key"]',
      'res.headers["set-cookie"]',
      'headers.authorization',
      'headers.cookie',
    ],
    censor: '[redacted]',
  },
  // Every line logged while serving a request says which request (X-Request-Id).
  mixin: (_object, _level, logger) => {
    const requestId = currentRequestId()
    return requestId && !('requestId' in logger.bindings()) ? { requestId } : {}
  },
  hooks: {
    logMethod(args, method) {
      if (isConnectFailure(args[0])) return
      method.apply(this, args)
    },
    streamWrite: scrubSecrets,
  },
}
