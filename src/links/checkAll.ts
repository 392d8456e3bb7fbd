import { checkLink } from './check'
import { hostGate } from './hostGate'
import { hostKey, type LinkCheckOptions } from './options'
import type { CheckResult } from './statuses'

/** One link of each host in turn, so the workers spread over hosts instead of queueing at one. */
const interleaveByHost = (urls: readonly string[]): string[] => {
  const byHost = new Map<string, string[]>()
  for (const url of urls) {
    const host = hostKey(new URL(url).hostname)
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const lists = [...byHost.values()]
  const longest = Math.max(0, ...lists.map((list) => list.length))
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => (index < list.length ? [list[index]] : []))).flat()
}

/**
 * Checks many links with at most `concurrency` requests in flight overall and the per-host
 * limits and pause of `perHost` / `hostDelayMs`; `onResult` receives each result as it comes.
 */
export const checkAll = async (
  urls: readonly string[],
  options: LinkCheckOptions,
  onResult: (result: CheckResult) => Promise<void>,
): Promise<void> => {
  const gate = hostGate({ perHost: options.perHost, delayMs: options.hostDelayMs })
  const queue = interleaveByHost(urls)
  let next = 0
  const worker = async () => {
    while (next < queue.length) {
      const url = queue[next++]
      await onResult(await checkLink(url, options, gate))
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, worker))
}
