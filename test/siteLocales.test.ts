/**
 * The site's UI strings (locales/<lang>/common.json): every language has every key, none is
 * empty, interpolations match English, and every key the site's code asks for exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { allLocales } from '../src/localization/locales'

const root = path.resolve(import.meta.dirname, '..')

const strings = (locale: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, 'locales', locale, 'common.json'), 'utf8'))

const english = strings('en')
const placeholders = (value: unknown) => [...String(value).matchAll(/{{\s*(\w+)\s*}}/g)].map(([, name]) => name).sort()

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry)
    if (statSync(file).isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry) ? [file] : []
  })

/** Keys passed literally to a translator: `t('key'…)` or `uiTranslator(locale)('key'…)`. */
const usedKeys = (): Map<string, string> => {
  const keys = new Map<string, string>()
  for (const file of [...sourceFiles(path.join(root, 'src/app/(site)')), ...sourceFiles(path.join(root, 'src/site'))]) {
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/(?:\bt|\))\(\s*['"]([^'"]+)['"]/g)) {
      keys.set(key, path.relative(root, file))
    }
  }
  return keys
}

describe.each(allLocales.filter((locale) => locale !== 'en'))('locales/%s/common.json', (locale) => {
  const translated = strings(locale)

  test('has every English key, each with text', () => {
    const problems = Object.keys(english).filter((key) => typeof translated[key] !== 'string' || !String(translated[key]).trim())
    expect(problems).toEqual([])
  })

  test('has no key that English lacks', () => {
    expect(Object.keys(translated).filter((key) => !(key in english))).toEqual([])
  })

  test('uses the same {{placeholders}} as English', () => {
    const mismatched = Object.keys(english).filter(
      (key) => JSON.stringify(placeholders(translated[key])) !== JSON.stringify(placeholders(english[key])),
    )
    expect(mismatched).toEqual([])
  })
})

test('English has text for every key', () => {
  expect(Object.keys(english).filter((key) => typeof english[key] !== 'string' || !String(english[key]).trim())).toEqual([])
})

test('every key the site uses is in the English file', () => {
  const keys = usedKeys()
  expect(keys.size).toBeGreaterThan(50)
  const missing = [...keys].filter(([key]) => !(key in english)).map(([key, file]) => `${key} (${file})`)
  expect(missing).toEqual([])
})
