import type { PayloadRequest } from 'payload'

import { requestPartner } from '../access/roles'
import type { ActorType } from './actions'

export type AuditActor = { actorType: ActorType; actorId: string | null; actor: string }

/** Who the request acts for: a signed-in user, a partner's key, or the system (jobs, schedules, scripts). */
export const actorOf = (req: PayloadRequest): AuditActor => {
  const partner = requestPartner(req)
  if (partner) return { actorType: 'partner', actorId: String(partner.id), actor: partner.name }
  const user = req.user as { collection?: string; id?: string | number; email?: string | null } | null | undefined
  if (user?.collection === 'users' && user.id !== undefined) {
    return { actorType: 'user', actorId: String(user.id), actor: user.email ?? String(user.id) }
  }
  return { actorType: 'system', actorId: null, actor: 'system' }
}
