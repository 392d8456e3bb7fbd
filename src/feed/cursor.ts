import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Opaque sync cursors: the last sequence a partner has seen, bound to that partner and signed,
 * so a cursor cannot be edited or used with another key.
 */
export const encodeCursor = (secret: string, partnerId: string | number, sequence: number): string => {
  const body = Buffer.from(JSON.stringify({ p: String(partnerId), s: sequence })).toString('base64url')
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`
}

/** The sequence in a cursor, or null when it is malformed, tampered with or another partner's. */
export const decodeCursor = (secret: string, partnerId: string | number, cursor: string): number | null => {
  const [body, signature, extra] = cursor.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = createHmac('sha256', secret).update(body).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const { p, s } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { p: unknown; s: unknown }
    return p === String(partnerId) && Number.isInteger(s) && (s as number) >= 0 ? (s as number) : null
  } catch {
    return null
  }
}
