import type { SanitizedConfig } from 'payload'

import { allOf } from '../../src/access/allOf'
import { isStaff } from '../../src/access/isStaff'
import { requestPartner } from '../../src/access/roles'

/** Payload's own collections that admit anyone signed in: document locks and admin preferences. */
const systemSlugs = ['payload-locked-documents', 'payload-preferences']

const operations = ['create', 'read', 'update', 'delete'] as const

/**
 * Partners sign in with their API key, and Payload adds these collections only while building the
 * config, letting any signed-in user lock documents or store preferences (some endpoints skip
 * access rules). Narrowed here to staff: a partner can neither read nor write them.
 */
export const staffOnlySystemCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections.filter(({ slug }) => systemSlugs.includes(slug))) {
    for (const operation of operations) collection.access[operation] = allOf(isStaff, collection.access[operation])
    if (!collection.endpoints) continue
    collection.endpoints = collection.endpoints.map((endpoint) => ({
      ...endpoint,
      handler: (req) =>
        requestPartner(req)
          ? Response.json(
              { errors: [{ message: 'A partner key gives read access to published content only.' }] },
              { status: 403 },
            )
          : endpoint.handler(req),
    }))
  }
  return config
}
