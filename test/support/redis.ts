import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RedisServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** A port nobody listens on at the moment. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** A throwaway redis-server on a free loopback port, nothing written to disk. */
export const startRedis = async (): Promise<RedisServer> => {
  const port = await freePort()
  const redis = spawn('/usr/bin/redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ])
  await new Promise<void>((resolve) =>
    redis.stdout!.on('data', (chunk: Buffer) => chunk.includes('Ready to accept') && resolve()),
  )
  return {
    url: `redis://127.0.0.1:${port}`,
    process: redis,
    stop: async () => {
      if (redis.exitCode === null) await new Promise((resolve) => redis.once('exit', resolve).kill())
    },
  }
}
