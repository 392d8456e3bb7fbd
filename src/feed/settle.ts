import { envMs } from './envMs'

const defaultSettleMs = 2000

/**
 * How long a change waits before partners are served it (FEED_SETTLE_MS, default 2 s). A change's
 * sequence number is taken inside the saving transaction but becomes visible only when that
 * commits, and concurrent saves can commit out of order (or come from instances whose clocks
 * differ a little). A reader that passed a number still to be committed below it would never see
 * that change; serving only numbers older than the window rules that out, provided every save
 * commits, and instance clocks agree, within that time.
 */
export const settleMs = (): number => envMs('FEED_SETTLE_MS', defaultSettleMs)

/** The newest sequence number (microseconds since the epoch) that may be served now. */
export const settledSequence = (): number => (Date.now() - settleMs()) * 1000
