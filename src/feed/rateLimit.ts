import type { RequestHandler, Response } from 'express'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { redactUrl } from '../db/adapter'
import type { Partner } from './authenticate'
import { sendProblem } from './problem'
import { defaultRateLimitTier, type RateLimitTier, rateLimitTiers, rateLimitWindowSeconds } from './rateLimitTiers'

const openClients = new Set<Redis>()

/** Closes every Redis connection the rate limiters opened (tests, shutdown). */
export const closeRateLimitStores = async (): Promise<void> => {
  await Promise.all([...openClients].map((client) => client.quit().catch(() => client.disconnect())))
  openClients.clear()
}

/**
 * A Redis client that never makes a request wait for Redis: while it is down or slow, commands
 * fail at once and the limiter counts in memory instead (warned about once per outage).
 */
const redisClient = (payload: Payload, url: string): Redis => {
  const client = new Redis(url, { enableOfflineQueue: false, commandTimeout: 500 })
  openClients.add(client)
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    payload.logger.warn(
      `Feed rate limits: Redis at ${redactUrl(url)} is unreachable (${error.message}); counting in memory on this instance until it is back.`,
    )
  })
  client.on('ready', () => {
    payload.logger.info(`Feed rate limits: ${down ? 'Redis is back; ' : ''}budgets shared through Redis at ${redactUrl(url)}.`)
    down = false
  })
  return client
}

/** One limiter per limited tier: in Redis (shared by every instance) when REDIS_URL is set, else in memory. */
const tierLimiters = (payload: Payload): Partial<Record<RateLimitTier, RateLimiterAbstract>> => {
  const url = process.env.REDIS_URL
  const client = url ? redisClient(payload, url) : null
  return Object.fromEntries(
    Object.entries(rateLimitTiers).flatMap(([tier, points]) => {
      if (points === null) return []
      const options = { points, duration: rateLimitWindowSeconds, keyPrefix: `feed-rate-${tier}` }
      const memory = new RateLimiterMemory(options)
      const limiter = client
        ? new RateLimiterRedis({ ...options, storeClient: client, rejectIfRedisNotReady: true, insuranceLimiter: memory })
        : memory
      return [[tier, limiter]]
    }),
  )
}

const setRateLimitHeaders = (res: Response, limit: number, state: RateLimiterRes) => {
  res.set({
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(state.remainingPoints),
    'RateLimit-Reset': String(Math.ceil(state.msBeforeNext / 1000)),
  })
}

/**
 * Per-partner budgets (by partner id, so rotating a key does not reset them). Runs after
 * authentication; every limited answer says how much is left, and 429 says when to come back.
 */
export const partnerRateLimit = (payload: Payload): RequestHandler => {
  const limiters = tierLimiters(payload)
  return async (_req, res, next) => {
    const partner = res.locals.partner as Partner
    // A tier this code no longer knows falls back to the default, never to no limit.
    const tier = Object.hasOwn(rateLimitTiers, partner.rateLimitTier ?? '')
      ? (partner.rateLimitTier as RateLimitTier)
      : defaultRateLimitTier
    const limiter = limiters[tier]
    const limit = rateLimitTiers[tier]
    if (!limiter || limit === null) {
      next()
      return
    }
    try {
      setRateLimitHeaders(res, limit, await limiter.consume(String(partner.id)))
      next()
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      setRateLimitHeaders(res, limit, rejection)
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      res.set('Retry-After', String(retryAfter))
      sendProblem(
        res,
        429,
        'Rate limit exceeded',
        `${partner.name} is on the "${tier}" tier: ${limit} requests per ${rateLimitWindowSeconds} seconds for all its keys together, and this window's budget is spent. ` +
          `Retry after ${retryAfter} seconds (Retry-After); watch RateLimit-Remaining to pace requests. Ask the portal team if you need a higher tier.`,
      )
    }
  }
}
