/** `npm run search:reindex`: rebuild the site search index of DATABASE_URL from the documents. */
import { getPayload } from 'payload'

import config from '../payload.config'
import { reindexSearch } from './indexer'
import { searchTypes } from './types'

const payload = await getPayload({ config })
const started = performance.now()
const counts = await reindexSearch(payload, searchTypes)
const rows = Object.entries(counts)
  .map(([type, count]) => `${type} ${count}`)
  .join(', ')
payload.logger.info(`Search index rebuilt in ${Math.round(performance.now() - started)} ms: ${rows} (rows, one per language).`)
process.exit(0)
