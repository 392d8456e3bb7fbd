/** Requests a partner key may make per minute, by tier; null means no limit (the portal's own platforms). */
export const rateLimitTiers = {
  basic: 60,
  standard: 600,
  unlimited: null,
} as const satisfies Record<string, number | null>

export type RateLimitTier = keyof typeof rateLimitTiers

export const defaultRateLimitTier: RateLimitTier = 'standard'

/** The budget is counted per fixed window of this many seconds. */
export const rateLimitWindowSeconds = 60

export const rateLimitTierOptions = Object.entries(rateLimitTiers).map(([value, limit]) => ({
  value,
  label: `${value[0].toUpperCase()}${value.slice(1)} (${limit === null ? 'no limit' : `${limit} requests/minute`})`,
}))
