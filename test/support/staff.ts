import type { Role } from '../../src/access/roles'
import type { Portal } from './portal'

export type Actor = Role | 'anonymous'
export const actors: Actor[] = ['anonymous', 'admin', 'editor', 'translator', 'reviewer']

export type Staff = Record<Role, { id: string | number; email: string; auth: string }>

/** One signed-in user per role (translator and reviewer assigned en and ar). */
export const createStaff = async (portal: Portal): Promise<Staff> => {
  const staff = {} as Staff
  for (const role of ['admin', 'editor', 'translator', 'reviewer'] as Role[]) {
    const email = `${role}@test.example`
    const password = `${role}-password-123`
    const user = await portal.payload.create({
      collection: 'users',
      data: { email, password, name: role, role, languages: ['en', 'ar'] },
    })
    staff[role] = { id: user.id, email, auth: await portal.login(email, password) }
  }
  return staff
}

/** Authorization header for an actor, none for anonymous. */
export const authFor = (staff: Staff, actor: Actor): Record<string, string> =>
  actor === 'anonymous' ? {} : { Authorization: staff[actor].auth }
