import type { Payload, PayloadRequest } from 'payload'

import type { Partner } from '../feed/authenticate'
import { covers } from '../feed/scope'

export type WebhookPartner = Partner & { webhookUrl?: string | null; webhookSecret?: string | null }

/** Active partners with a webhook URL, read by the server (secrets included: never log them). */
export const webhookPartners = async (payload: Payload, req?: PayloadRequest): Promise<WebhookPartner[]> => {
  const { docs } = await payload.find({
    collection: 'partners',
    where: { webhookUrl: { exists: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as WebhookPartner[]).filter((partner) => partner.active !== false && partner.webhookUrl)
}

/** Whether the partner's languages and types include this item; its topics are judged on the item (visibleItem). */
export const mayReceive = (partner: WebhookPartner, itemType: string, locale: string): boolean =>
  covers(partner.allowedLocales, locale) && covers(partner.allowedTypes, itemType)
