import type { Response } from 'express'

/** Answers an RFC 9457 problem: what went wrong and what the partner developer can do. */
export const sendProblem = (res: Response, status: number, title: string, detail: string): void => {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title, status, detail })
}
