import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { indexSearchTrigrams, trigramExtension } from '../search/trigramIndex'
import { indexLocaleParentsPostgres, indexLocaleParentsSqlite } from './localeIndexes'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export const defaultDatabaseUrl = 'file:./data/portal.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Thrown for a DATABASE_URL that names no adapter we have; the message is the one line shown. */
export class DatabaseUrlError extends Error {}

export const databaseKind = (url: string): DatabaseKind => {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new DatabaseUrlError(
    `DATABASE_URL "${redactUrl(url)}" is not supported: use file:./path.db (SQLite), postgres://… or mongodb://…`,
  )
}

/** The URL with any password replaced, safe to print. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@')

// Not import.meta.dirname: Next's server bundle does not define it.
const here = path.dirname(fileURLToPath(import.meta.url))
const migrationDir = (kind: 'sqlite' | 'postgres') => path.resolve(here, 'migrations', kind)

/**
 * Picks the Payload adapter from the URL. SQL adapters push the schema in development and
 * apply migrations on start in production. PostgreSQL uses UUID ids, so ids are strings on
 * every server database, as they are on MongoDB.
 */
export const databaseAdapter = (url: string): DatabaseAdapterObj => {
  const kind = databaseKind(url)
  if (kind === 'sqlite') {
    const file = url.slice('file:'.length)
    if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    return sqliteAdapter({
      afterSchemaInit: [indexLocaleParentsSqlite],
      client: { url },
      // WAL: readers (an online backup, the site) never block a writer, and a second process
      // (npm run worker) waits its turn for the write lock instead of failing.
      wal: true,
      busyTimeout: 5000,
      migrationDir: migrationDir('sqlite'),
      prodMigrations: sqliteMigrations,
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      afterSchemaInit: [indexLocaleParentsPostgres, indexSearchTrigrams],
      extensions: [trigramExtension],
      pool: { connectionString: url, connectionTimeoutMillis: 5000 },
      idType: 'uuid',
      migrationDir: migrationDir('postgres'),
      prodMigrations: postgresMigrations,
    })
  }
  return mongooseAdapter({ url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
}
