/**
 * Runs before each test file: gives it a database of its own, so files never see each other's
 * data. SQLite in a temp file by default. With TEST_DATABASE=postgres (npm run test:pg) or
 * TEST_DATABASE=mongodb, DATABASE_URL names the server and every file gets a fresh database
 * on it (Payload creates it).
 */
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

const unique = randomUUID().replaceAll('-', '').slice(0, 12)
const server = process.env.TEST_DATABASE

if (server === 'postgres' || server === 'mongodb') {
  const base = process.env.DATABASE_URL
  if (!base?.startsWith(server === 'postgres' ? 'postgres' : 'mongodb')) {
    throw new Error(`TEST_DATABASE=${server} needs DATABASE_URL pointing at a ${server} server.`)
  }
  const url = new URL(base)
  url.pathname = `/portal_test_${unique}`
  process.env.DATABASE_URL = url.toString()
} else {
  process.env.DATABASE_URL = `file:${path.join(tmpdir(), `portal-test-${unique}.db`)}`
}

process.env.PAYLOAD_SECRET ??= 'test-secret-0123456789abcdef0123456789'
process.env.MEDIA_DIR ??= path.join(tmpdir(), `portal-test-media-${unique}`)
process.env.JOBS_AUTORUN ??= 'false'
// Job retries back off in milliseconds, and DeepL and webhook calls give up quickly, so fault tests are fast.
process.env.TRANSLATION_RETRY_DELAY_MS ??= '10'
process.env.DEEPL_TIMEOUT_MS ??= '1000'
process.env.WEBHOOK_RETRY_DELAY_MS ??= '10'
process.env.WEBHOOK_TIMEOUT_MS ??= '2000'
// Tests that save and then sync one step at a time need no settle window; test/feedSync.test.ts sets one.
process.env.FEED_SETTLE_MS ??= '0'
process.env.LOG_LEVEL ??= 'error'
// Link check targets are local test servers: 127.0.0.1 is allowed (nothing else private), answers come fast.
process.env.LINKCHECK_ALLOWED_HOSTS ??= '127.0.0.1'
process.env.LINKCHECK_TIMEOUT_MS ??= '1000'
process.env.LINKCHECK_HOST_DELAY_MS ??= '0'
process.env.LINKCHECK_PER_HOST ??= '2'
