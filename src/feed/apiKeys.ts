import { createHash, randomBytes } from 'node:crypto'

/** Partner API keys: shown once when issued, stored only as a hash. */
export const newApiKey = (): string => `isp_${randomBytes(32).toString('base64url')}`

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** What may be shown of a key afterwards, to tell keys apart. */
export const keyPrefix = (key: string): string => key.slice(0, 12)
