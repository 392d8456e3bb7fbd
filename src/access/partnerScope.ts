import type { Access } from 'payload'

import type { FeedType } from '../feed/item'
import { covers } from '../feed/scope'
import { idOf } from '../feed/visibleItem'
import { requestPartner } from './roles'

/**
 * A partner signed in with its API key reads what the feed gives it: only its content types and
 * languages, and only items on one of its topics. `locale=all` would show every language, so
 * only a key covering all languages may ask for it. Staff and the public are not narrowed.
 */
export const partnerScope =
  (type: FeedType): Access =>
  ({ req }) => {
    const partner = requestPartner(req)
    if (!partner) return true
    if (!covers(partner.allowedTypes, type) || !covers(partner.allowedLocales, req.locale)) return false
    return partner.allowedTopics?.length ? { topics: { in: partner.allowedTopics.map(idOf) } } : true
  }
