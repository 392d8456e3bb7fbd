/**
 * The queue of scheduled publishes and withdrawals. Payload's admin queues its `schedulePublish`
 * jobs without naming a queue, so they land in Payload's 'default' queue.
 */
export const scheduleQueue = 'default'
