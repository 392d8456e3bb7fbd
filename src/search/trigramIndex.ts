import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { searchIndexSlug } from '../../collections/SearchIndex'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The extension the index needs (the adapter creates it on connect and before migrations). */
export const trigramExtension = 'pg_trgm'

/**
 * On PostgreSQL, a trigram index (pg_trgm, GIN) on the search index's folded text, which is what
 * queries match with `contains` (ILIKE '%term%'): a term of three or more characters is looked
 * up in the index instead of read from every row. Shorter terms (the character pairs of a Chinese,
 * Japanese or Korean query among them) have no trigram, so PostgreSQL still scans for those.
 */
export const indexSearchTrigrams: PostgresSchemaHook = ({ extendTable, schema }) => {
  const table = schema.tables[searchIndexSlug.replaceAll('-', '_')]
  extendTable({
    table,
    extraConfig: (columns) => ({
      search_index_content_trgm_idx: index('search_index_content_trgm_idx').using('gin', columns.content.op('gin_trgm_ops')),
    }),
  })
  return schema
}
