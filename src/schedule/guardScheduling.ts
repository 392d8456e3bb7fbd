import { Forbidden, type Payload } from 'payload'

import { type Role, staffRole } from '../access/roles'
import { sourceLocale } from '../localization/locales'

type Queue = Payload['jobs']['queue']
type ScheduleInput = { locale?: string; user?: { relationTo: string; value: number | string } | number | string }

const schedulers: (Role | undefined)[] = ['admin', 'editor']

/**
 * Payload's admin queues a scheduled publish for anyone who can open the document (it checks only
 * admin access) and runs it later as that person. Refused here, when it is queued: only editors
 * and admins schedule, and an editor schedules the Chinese source (or the whole document), never a
 * translation, which is published by a reviewer's approval.
 */
export const guardScheduling = (payload: Payload): void => {
  const queue: Queue = payload.jobs.queue.bind(payload.jobs)
  const guarded = async (args: Parameters<Queue>[0]) => {
    if ('task' in args && args.task === 'schedulePublish') {
      const { locale, user } = (args.input ?? {}) as ScheduleInput
      const ref = typeof user === 'object' ? user : undefined
      const scheduler =
        ref?.relationTo === 'users'
          ? await payload.findByID({ collection: 'users', id: ref.value, depth: 0, disableErrors: true })
          : null
      const role = scheduler?.role as Role | undefined
      const allowed = schedulers.includes(role) && (role === 'admin' || !locale || locale === sourceLocale)
      if (!allowed) throw new Forbidden()
    }
    return queue(args)
  }
  payload.jobs.queue = guarded as Queue
}

/**
 * The admin's "delete" on an upcoming schedule deletes the job through the Local API with the
 * person's request but without access checks (no API deletes jobs otherwise): refused for staff
 * who may not schedule either.
 */
export const guardScheduleDeletion = (payload: Payload): void => {
  const { hooks } = payload.collections['payload-jobs'].config
  hooks.beforeOperation = [
    ...(hooks.beforeOperation ?? []),
    ({ args, operation, req }) => {
      if (operation === 'delete' && req.user && !schedulers.includes(staffRole(req))) throw new Forbidden()
      return args
    },
  ]
}
