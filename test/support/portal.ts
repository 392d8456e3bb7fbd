import { getPayload, type Payload } from 'payload'
import request from 'supertest'

import config from '../../src/payload.config'
import { createApp } from '../../src/server'

export type Portal = {
  payload: Payload
  app: ReturnType<typeof createApp>
  /** Logs in through REST and returns the Authorization header value. */
  login: (email: string, password: string) => Promise<string>
  /** Closes the database connection so jest can exit. */
  stop: () => Promise<void>
}

/** Boots Payload on this test file's own database and builds the Express app without Next. */
export const startPortal = async (): Promise<Portal> => {
  const payload = await getPayload({ config })
  const app = createApp({ config, payload })
  const login = async (email: string, password: string) => {
    const res = await request(app).post('/api/users/login').send({ email, password })
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
    return `JWT ${res.body.token}`
  }
  return {
    payload,
    app,
    login,
    stop: async () => {
      await payload.destroy()
      // The PostgreSQL adapter's destroy() leaves its pool open.
      await (payload.db as { pool?: { end: () => Promise<void> } }).pool?.end().catch(() => undefined)
    },
  }
}
