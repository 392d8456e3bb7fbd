import { createHmac, randomBytes } from 'node:crypto'

/** A partner's webhook signing secret: shown to admins so they can hand it to the partner. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`

/** `X-Portal-Signature`: HMAC-SHA256 over `${timestamp}.${body}`, so a captured body cannot be replayed later. */
export const signatureHeader = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
