/** What the benchmarks share: a throwaway SQLite database, loopback servers and autocannon runs. */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Express } from 'express'

/**
 * Points the app at a fresh SQLite database and media folder in a new temp dir (returned), with
 * quiet logs and no job runner. Call it before the Payload config is imported.
 */
export const useTempDatabase = (name: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-${name}-`))
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET ??= 'bench-secret-0123456789abcdef0123456789'
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.LOG_LEVEL = 'warn'
  process.env.JOBS_AUTORUN = 'false'
  return dir
}

/** Serves an app on a free loopback port. */
export const listen = (app: Express) =>
  new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    )
  })

export type Run = { rps: number; p50: number; p99: number; failed: number }
type LoadOptions = { connections: number; seconds: number; headers?: Record<string, string> }

const autocannon = path.join(path.dirname(fileURLToPath(import.meta.resolve('autocannon'))), 'autocannon.js')

/** autocannon in its own process, so it does not share the servers' event loop. */
export const loadTest = (url: string, { connections, seconds, headers = {} }: LoadOptions) =>
  new Promise<Run>((resolve, reject) => {
    const args = [autocannon, '-j', '-n', '-c', String(connections), '-d', String(seconds), url]
    for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`)
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error)
      const { requests, latency, non2xx, errors } = JSON.parse(stdout) as {
        requests: { average: number }
        latency: { p50: number; p99: number }
        non2xx: number
        errors: number
      }
      resolve({ rps: requests.average, p50: latency.p50, p99: latency.p99, failed: non2xx + errors })
    })
  })

/** A load test after a warm-up run of `warmUpSeconds`. */
export const measure = async (url: string, options: LoadOptions, warmUpSeconds = 2) => {
  await loadTest(url, { ...options, seconds: warmUpSeconds })
  return loadTest(url, options)
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2
}
