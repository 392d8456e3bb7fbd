import { databaseKind, defaultDatabaseUrl, redactUrl } from './db/adapter'
import { readLinkCheckCron, readLinkCheckOptions } from './links/options'

export type Environment = {
  port: number
  databaseUrl: string
  /** The URL without its password, for messages. */
  databaseLabel: string
  seedOnStart: boolean
}

/** Reads and checks the variables start-up depends on; throws one clear message per problem. */
export const readEnvironment = (vars: NodeJS.ProcessEnv): Environment => {
  const port = Number(vars.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${vars.PORT}".`)
  }
  const databaseUrl = vars.DATABASE_URL || defaultDatabaseUrl
  databaseKind(databaseUrl)
  readLinkCheckOptions(vars)
  readLinkCheckCron(vars)
  return {
    port,
    databaseUrl,
    databaseLabel: redactUrl(databaseUrl),
    seedOnStart: vars.SEED_ON_START !== 'false',
  }
}
