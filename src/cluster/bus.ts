import type { Payload } from 'payload'

import { redactUrl } from '../db/adapter'
import { connectRedis, redisCommands } from './redis'

/** What another instance must forget after a write here. */
export type Invalidation = { kind: 'site' } | { kind: 'feed-item'; type: string; id: string } | { kind: 'partners' }

const channel = 'portal:invalidate'
/**
 * Tells the other instances (through Redis pub/sub, when REDIS_URL is set) to forget what this
 * write made stale. Never waits for Redis nor fails the write: while Redis is down the peers fall
 * back on their caches' time limits (README "Production topology").
 */
export const broadcastInvalidation = (message: Invalidation): void => {
  redisCommands()
    ?.publish(channel, JSON.stringify(message))
    .catch(() => {})
}

/** Applies every instance's invalidations on this one, for as long as it runs (REDIS_URL only). */
export const listenForInvalidations = (payload: Payload, apply: (message: Invalidation) => void): void => {
  const url = process.env.REDIS_URL
  if (!url) return
  const subscriber = connectRedis(url)
  let down = false
  subscriber.on('error', (error: Error) => {
    if (down) return
    down = true
    payload.logger.warn(
      `Cache invalidation: Redis at ${redactUrl(url)} is unreachable (${error.message}); other instances' changes show here when caches expire.`,
    )
  })
  // Re-subscribed by ioredis after a reconnect.
  subscriber.on('ready', () => {
    down = false
  })
  subscriber.on('message', (_channel: string, raw: string) => {
    try {
      // Its own messages come back to the writer too: clearing twice is harmless.
      apply(JSON.parse(raw) as Invalidation)
    } catch (error) {
      payload.logger.warn(`Cache invalidation: ignored a malformed message (${(error as Error).message}).`)
    }
  })
  void subscriber.subscribe(channel).catch(() => {})
}
