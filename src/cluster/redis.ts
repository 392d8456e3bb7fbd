import { Redis, type RedisOptions } from 'ioredis'

const openClients = new Set<Redis>()
let commands: Redis | null = null

/** A connection to REDIS_URL, closed by closeClusterConnections. */
export const connectRedis = (url: string, options: RedisOptions = {}): Redis => {
  const client = new Redis(url, options)
  openClients.add(client)
  return client
}

/**
 * This process's command connection to REDIS_URL (null without it). Commands fail at once while
 * Redis is down, so no request or job loop waits for it.
 */
export const redisCommands = (): Redis | null => {
  const url = process.env.REDIS_URL
  if (!url) return null
  if (!commands) {
    commands = connectRedis(url, { enableOfflineQueue: false, commandTimeout: 500 })
    // Callers handle failed commands; the subscriber reports outages.
    commands.on('error', () => {})
  }
  return commands
}

/** Closes every cluster connection (tests, shutdown). */
export const closeClusterConnections = async (): Promise<void> => {
  await Promise.all([...openClients].map((client) => client.quit().catch(() => client.disconnect())))
  openClients.clear()
  commands = null
}
