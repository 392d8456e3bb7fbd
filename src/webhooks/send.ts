import { signatureHeader } from './signature'

export type SendResult = { ok: true; status: number } | { ok: false; status: number | null; error: string }

const userAgent = 'InternationalServicesPortal-Webhooks/1'

/** Why a request got no answer, in words an operator can act on. */
const failureOf = (error: unknown, timeoutMs: number): string => {
  const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } }
  if (name === 'TimeoutError') return `No answer within ${timeoutMs} ms.`
  const detail = cause?.code ?? cause?.message
  return detail ? `${message}: ${detail}` : message
}

/**
 * POSTs one event body, signed for this attempt (a fresh timestamp each time). Never throws:
 * answers how it went. Redirects are not followed: the partner's URL must answer itself.
 */
export const sendWebhook = async ({
  url,
  secret,
  eventId,
  body,
  timeoutMs,
}: {
  url: string
  secret: string
  eventId: string
  body: string
  timeoutMs: number
}): Promise<SendResult> => {
  const timestamp = Math.floor(Date.now() / 1000)
  try {
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': userAgent,
        'X-Portal-Event-Id': eventId,
        'X-Portal-Timestamp': String(timestamp),
        'X-Portal-Signature': signatureHeader(secret, timestamp, body),
      },
      body,
    })
    const answer = (await response.text().catch(() => '')).slice(0, 300)
    if (response.ok) return { ok: true, status: response.status }
    return { ok: false, status: response.status, error: `HTTP ${response.status}${answer ? `: ${answer}` : ''}` }
  } catch (error) {
    return { ok: false, status: null, error: failureOf(error, timeoutMs) }
  }
}
