import { AsyncLocalStorage } from 'node:async_hooks'

type RequestContext = { requestId: string }

/** What the request being served is, for any code it reaches (hooks, jobs queued by it, logs). */
export const requestContext = new AsyncLocalStorage<RequestContext>()

/** The id of the HTTP request this code runs for (the X-Request-Id), or undefined outside one. */
export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId
