/** Runs one request to a host when that host's limits allow it. */
export type HostGate = <T>(host: string, request: () => Promise<T>) => Promise<T>

type HostState = { active: number; waiting: (() => void)[]; nextStart: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** No limits: for checking a single link. */
export const openGate: HostGate = (_host, request) => request()

/**
 * Politeness towards each server: at most `perHost` requests in flight to one host, each
 * started at least `delayMs` after the previous start and after the last one finished.
 */
export const hostGate = ({ perHost, delayMs }: { perHost: number; delayMs: number }): HostGate => {
  const hosts = new Map<string, HostState>()
  return async (host, request) => {
    let state = hosts.get(host)
    if (!state) hosts.set(host, (state = { active: 0, waiting: [], nextStart: 0 }))
    const slot = state
    // A finishing request hands its slot straight to the next waiting one.
    if (slot.active < perHost) slot.active += 1
    else await new Promise<void>((resolve) => slot.waiting.push(resolve))
    const start = Math.max(Date.now(), slot.nextStart)
    slot.nextStart = start + delayMs
    await sleep(start - Date.now())
    try {
      return await request()
    } finally {
      slot.nextStart = Math.max(slot.nextStart, Date.now() + delayMs)
      const next = slot.waiting.shift()
      if (next) next()
      else slot.active -= 1
    }
  }
}
