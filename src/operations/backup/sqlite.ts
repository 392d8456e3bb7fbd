import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { databaseKind } from '../../db/adapter'

/** The SQLite file behind DATABASE_URL; backup and restore handle only the embedded database. */
export const sqliteFile = (databaseUrl: string): string => {
  if (databaseKind(databaseUrl) !== 'sqlite') {
    throw new Error(
      'npm run backup and npm run restore handle the embedded SQLite database. For PostgreSQL use pg_dump / pg_restore, for MongoDB mongodump / mongorestore (README, "Operations").',
    )
  }
  const file = databaseUrl.slice('file:'.length)
  if (!file || file === ':memory:') throw new Error(`DATABASE_URL "${databaseUrl}" names no database file.`)
  return path.resolve(file)
}

const withClient = async <T>(file: string, use: (client: Client) => Promise<T>): Promise<T> => {
  const client = createClient({ url: `file:${file}` })
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of a database that may be in use: VACUUM INTO reads it in one transaction,
 * so writes made meanwhile by the running portal are either all in the copy or not at all.
 */
export const snapshotDatabase = (file: string, target: string): Promise<void> =>
  withClient(file, async (client) => {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  })

/** The last migration applied (production databases), or null for a database whose schema was pushed. */
export const latestMigration = (file: string): Promise<string | null> =>
  withClient(file, async (client) => {
    const table = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (table.rows.length === 0) return null
    const { rows } = await client.execute(
      "SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY batch DESC, name DESC LIMIT 1",
    )
    return rows.length > 0 ? String(rows[0].name) : null
  })

/** SQLite's own check of every page and index; 'ok' or what is wrong. */
export const integrityProblem = (file: string): Promise<string | null> =>
  withClient(file, async (client) => {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const verdict = rows.map((row) => String(Object.values(row)[0])).join('; ')
    if (verdict !== 'ok') return verdict
    const users = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'users'")
    return users.rows.length === 0 ? 'it has no portal tables' : null
  }).catch((error: Error) => error.message)
