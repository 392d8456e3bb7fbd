import type { Payload } from 'payload'

import { hashApiKey } from './apiKeys'
import { partnerByKeyHash } from './partnerKeys'

export type Partner = {
  id: string | number
  name: string
  active?: boolean | null
  inactiveReason?: string | null
  allowedLocales?: string[] | null
  allowedTypes?: string[] | null
  allowedTopics?: (string | number | { id: string | number })[] | null
  allowedOrigins?: string[] | null
  rateLimitTier?: string | null
}

export type AuthResult = { partner: Partner } | { status: 401 | 403; title: string; detail: string }

/** The partner behind `Authorization: Bearer <key>`, or why there is none. The key is never logged. */
export const authenticatePartner = async (payload: Payload, header: string | undefined): Promise<AuthResult> => {
  const key = header?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (!key) {
    return { status: 401, title: 'Missing API key', detail: 'Send your partner API key as "Authorization: Bearer <key>".' }
  }
  const partner = await partnerByKeyHash(payload, hashApiKey(key))
  if (!partner) {
    return {
      status: 401,
      title: 'Unknown API key',
      detail: 'This key is not valid: it may have been rotated. Ask the portal team for the current key.',
    }
  }
  if (partner.active === false) {
    return {
      status: 403,
      title: 'Partner inactive',
      detail: `Access for ${partner.name} is suspended${partner.inactiveReason ? `: ${partner.inactiveReason}` : ''}. Contact the portal team.`,
    }
  }
  return { partner }
}
