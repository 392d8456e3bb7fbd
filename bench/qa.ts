/**
 * npm run bench:qa — the fact check (src/qa/facts) over the seed corpus in every target
 * language: each translatable document read in Chinese and in all eight languages, checked field
 * by field. Documents are read once; the checks run in memory, several rounds, so the figures are
 * the checks' own cost. Baselines measured in the same run over the same documents: a plain text
 * walk (every translatable field of both languages as plain text, what any check must do at
 * least) and the terminology check (glossary terms, preloaded). Prints documents per second and
 * the ratios.
 */
import { rmSync } from 'node:fs'

import { useTempDatabase } from './support'

import type { LanguageVersion } from '../src/qa/languageVersions'

const dir = useTempDatabase('qa')

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../seed')
const { targetLocales } = await import('../src/localization/locales')
const { checkDocumentFacts } = await import('../src/qa/facts/check')
const { languageVersions } = await import('../src/qa/languageVersions')
const { glossaryEntries } = await import('../src/translation/deepl/glossarySync')
const { documentTerminologyFindings } = await import('../src/translation/terminology')
const { terminologyPairs } = await import('../src/translation/terminologyCheck')

const payload = await getPayload({ config })
await seed(payload)

// Every translatable document in Chinese and in each target language (latest draft).
const pairs = await languageVersions(payload)
const documents = pairs.length / targetLocales.length
const translated = pairs.filter(
  ({ target }) => (target.translation as { state?: string } | undefined)?.state === 'approved',
).length
const glossary = Object.fromEntries(
  await Promise.all(targetLocales.map(async (locale) => [locale, await glossaryEntries(payload, locale)])),
)

const rounds = Number(process.env.ROUNDS ?? 20)
/** Seconds per round of `check` over every pair (best of the rounds, after one warm-up round). */
const time = (check: (pair: LanguageVersion) => unknown[]) => {
  let found = 0
  for (const pair of pairs) found += check(pair).length
  let best = Infinity
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    for (const pair of pairs) check(pair)
    best = Math.min(best, (performance.now() - started) / 1000)
  }
  return { seconds: best, found }
}

const walk = time(({ collection, source, target }) => terminologyPairs(collection.fields, source, target))
const terminology = time(({ collection, source, target, locale }) =>
  documentTerminologyFindings(terminologyPairs(collection.fields, source, target), glossary[locale], locale),
)
const facts = time(({ collection, source, target, locale }) => checkDocumentFacts(collection.fields, source, target, locale))

const perSecond = (seconds: number) => (pairs.length / seconds).toFixed(0)
const rows: [string, string][] = [
  ['documents (each in 8 target languages)', String(documents)],
  ['language versions checked (approved translations among them)', `${pairs.length} (${translated})`],
  ['plain text walk (baseline): language versions / second', perSecond(walk.seconds)],
  ['terminology check (baseline): language versions / second', perSecond(terminology.seconds)],
  ['fact check: language versions / second', perSecond(facts.seconds)],
  ['fact check: documents in all 8 languages / second', (documents / facts.seconds).toFixed(0)],
  ['fact check time / plain text walk', (facts.seconds / walk.seconds).toFixed(2)],
  ['fact check time / terminology check', (facts.seconds / terminology.seconds).toFixed(2)],
  ['fact findings on the seed corpus (expected 0)', String(facts.found)],
]
for (const [label, value] of rows) console.log(`${label.padEnd(66)} ${value}`)

await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(facts.found === 0 ? 0 : 1)
