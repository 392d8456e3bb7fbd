import type { LoggerOptions } from 'pino'

/**
 * Database adapters log a connection failure with its whole stack before throwing it; start-up
 * reports the thrown error as one clear line, so the duplicate wall of text is dropped here.
 */
const isConnectFailure = (arg: unknown) =>
  typeof arg === 'object' && arg !== null && String((arg as { msg?: unknown }).msg).startsWith('Error: cannot connect to')

export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL || 'info',
  hooks: {
    logMethod(args, method) {
      if (isConnectFailure(args[0])) return
      method.apply(this, args)
    },
  },
}
