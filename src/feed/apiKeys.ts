import { createHash, randomBytes } from 'node:crypto'

const keyStart = 'isp_'

/** Partner API keys: shown once when issued, stored only as a hash. */
export const newApiKey = (): string => `${keyStart}${randomBytes(32).toString('base64url')}`

const keyHeader = new RegExp(`^Bearer\\s+${keyStart}`, 'i')

/** Whether an Authorization header carries a partner key rather than, say, a staff JWT sent as Bearer. */
export const hasApiKey = (header: string | null | undefined): header is string => keyHeader.test(header ?? '')

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** What may be shown of a key afterwards, to tell keys apart. */
export const keyPrefix = (key: string): string => key.slice(0, 12)
