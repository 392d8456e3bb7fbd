/** `npm run seed`: load the demo content into DATABASE_URL (idempotent). */
import { getPayload } from 'payload'

import config from '../src/payload.config'
import { seed } from '.'

const payload = await getPayload({ config })
const created = await seed(payload)
payload.logger.info(`Seed finished: ${created} documents created, existing ones left as they were.`)
process.exit(0)
