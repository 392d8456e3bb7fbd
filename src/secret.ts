import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { defaultDatabaseUrl } from './db/adapter'

/** Thrown when the configuration cannot be used; its message is the one line shown at start. */
export class ConfigError extends Error {}

const localSecretFile = path.resolve('data', '.payload-secret')

/** What is wrong with PAYLOAD_SECRET, if anything; never its value. */
export const secretProblem = (vars: Record<string, string | undefined>): string | null => {
  const secret = vars.PAYLOAD_SECRET
  if (secret) return secret.length < 32 ? `PAYLOAD_SECRET must be at least 32 characters long (it has ${secret.length}).` : null
  if ((vars.DATABASE_URL || defaultDatabaseUrl) !== defaultDatabaseUrl) {
    return 'PAYLOAD_SECRET is not set: it is required with any DATABASE_URL but the embedded demo database.'
  }
  return null
}

/**
 * PAYLOAD_SECRET signs sessions, so it comes from the environment. The one exception is the
 * embedded demo database: `npm start` on a fresh clone gets a random secret kept beside the
 * database (never in the repository), so the two-command quick start works.
 */
export const readSecret = (): string => {
  const problem = secretProblem(process.env)
  if (problem) throw new ConfigError(problem)
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  if (existsSync(localSecretFile)) return readFileSync(localSecretFile, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(localSecretFile), { recursive: true })
  writeFileSync(localSecretFile, secret, { mode: 0o600 })
  return secret
}
