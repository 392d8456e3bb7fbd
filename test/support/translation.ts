/**
 * The translation workflow as people drive it over REST, with the staff of support/staff.ts: a
 * translator writes a language (en or ar, theirs), a reviewer moves it on.
 */
import request from 'supertest'

import type { Portal } from './portal'
import { authFor, type Staff } from './staff'

export type Workflow = {
  /** A translator's text for one language, then (unless `approve` is false) a reviewer's approval. */
  translate: (collection: string, id: string | number, locale: string, data: object, approve?: boolean) => Promise<void>
  /** A reviewer's approve, send-back or submit. */
  act: (collection: string, id: string | number, locale: string, action: string) => Promise<void>
}

export const workflowFor = (portal: Portal, staff: Staff): Workflow => {
  const act: Workflow['act'] = async (collection, id, locale, action) => {
    const res = await request(portal.app)
      .post(`/api/${collection}/${id}/translation/${locale}/${action}`)
      .set(authFor(staff, 'reviewer'))
    expect(res.status).toBe(200)
  }
  const translate: Workflow['translate'] = async (collection, id, locale, data, approve = true) => {
    const saved = await request(portal.app)
      .patch(`/api/${collection}/${id}?locale=${locale}`)
      .set(authFor(staff, 'translator'))
      .send(data)
    expect(saved.status).toBe(200)
    if (approve) await act(collection, id, locale, 'approve')
  }
  return { translate, act }
}
