import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import type { Partner } from './authenticate'
import { activePartnerOrigins } from './partnerOrigins'
import { sendProblem } from './problem'
import { syndicationFiles } from './syndication'

/** Response headers a partner's browser code may read. */
const exposedHeaders = ['ETag', 'Link', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'].join(', ')

/** How long a browser may reuse a preflight answer. */
const preflightMaxAgeSeconds = 600

const publicPath = new RegExp(`^/[^/]+/(${syndicationFiles.map((file) => file.replace('.', '\\.')).join('|')})$`)

const answerPreflight = (res: Response, origin: string, headers: string) => {
  res
    .set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': headers,
      'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
    })
    .status(204)
    .end()
}

/**
 * CORS before authentication: public syndication feeds are open to every origin; a preflight
 * (which carries no key) is granted only to an origin that some active partner lists.
 */
export const feedCors =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    if (publicPath.test(req.path)) {
      if (req.method === 'OPTIONS') {
        answerPreflight(res, '*', 'If-None-Match')
        return
      }
      res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': exposedHeaders })
      next()
      return
    }
    const origin = req.get('origin')
    if (req.method !== 'OPTIONS' || !origin) {
      next()
      return
    }
    res.vary('Origin')
    if (!(await activePartnerOrigins(payload)).has(origin)) {
      sendProblem(
        res,
        403,
        'Origin not allowed',
        `No partner allows browser calls from ${origin}. Ask the portal team to add it to your partner's allowed origins.`,
      )
      return
    }
    answerPreflight(res, origin, 'Authorization, If-None-Match')
  }

/** CORS after authentication: only the calling partner's own origins may read the answer. */
export const partnerCors: RequestHandler = (req, res, next) => {
  res.vary('Origin')
  const origin = req.get('origin')
  const { allowedOrigins } = res.locals.partner as Partner
  if (origin && allowedOrigins?.includes(origin)) {
    res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': exposedHeaders })
  }
  next()
}
