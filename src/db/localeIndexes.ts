import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type ExtendTable = Parameters<SQLiteSchemaHook>[0]['extendTable']
type IndexBuilder = (name: string) => { on: (column: never) => unknown }

/**
 * Every read gathers a document's languages with `WHERE _parent_id = ?`, which Payload's own
 * (locale, parent) index on the `*_locales` tables cannot serve: without an index on the parent
 * alone, each document read scans the whole table, and reading 50 news items out of 10,000 takes
 * most of a second. This adds that index to every locales table (versions' included).
 */
const indexParents = (extendTable: ExtendTable, tables: Record<string, object>, index: IndexBuilder) => {
  // Locales tables have both columns (a hasMany select named like `allowedLocales` has neither).
  const isLocales = (table: object) => '_locale' in table && '_parentID' in table
  for (const name of Object.keys(tables).filter((table) => isLocales(tables[table]))) {
    extendTable({
      table: tables[name] as Parameters<ExtendTable>[0]['table'],
      extraConfig: (table) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(table._parentID as never) }),
    })
  }
}

export const indexLocaleParentsSqlite: SQLiteSchemaHook = ({ extendTable, schema }) => {
  indexParents(extendTable, schema.tables, sqliteIndex as IndexBuilder)
  return schema
}

export const indexLocaleParentsPostgres: PostgresSchemaHook = ({ extendTable, schema }) => {
  indexParents(extendTable, schema.tables, pgIndex as IndexBuilder)
  return schema
}
