import type { PayloadRequest } from 'payload'

import type { Partner } from '../feed/authenticate'

export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof roles)[number]

/** Only people in the `users` collection are staff; other auth collections never are. */
export const staffRole = (req: PayloadRequest): Role | undefined => {
  const user = req.user as { collection?: string; role?: Role } | null | undefined
  return user?.collection === 'users' ? user.role : undefined
}

/** The partner whose API key signed the request (collections/Partners/authStrategy), if any. */
export const requestPartner = (req: PayloadRequest): Partner | undefined =>
  req.user?.collection === 'partners' ? (req.user as unknown as Partner) : undefined
