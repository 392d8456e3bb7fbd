import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { defaultDatabaseUrl } from './db/adapter'

/** Thrown when the configuration cannot be used; its message is the one line shown at start. */
export class ConfigError extends Error {}

const localSecretFile = path.resolve('data', '.payload-secret')

/**
 * PAYLOAD_SECRET signs sessions, so it comes from the environment. The one exception is the
 * embedded demo database: `npm start` on a fresh clone gets a random secret kept beside the
 * database (never in the repository), so the two-command quick start works.
 */
export const readSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters long.')
    return fromEnv
  }
  const url = process.env.DATABASE_URL || defaultDatabaseUrl
  if (url !== defaultDatabaseUrl) {
    throw new ConfigError('PAYLOAD_SECRET is not set: it is required with any DATABASE_URL but the embedded demo database.')
  }
  if (existsSync(localSecretFile)) return readFileSync(localSecretFile, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(localSecretFile), { recursive: true })
  writeFileSync(localSecretFile, secret, { mode: 0o600 })
  return secret
}
