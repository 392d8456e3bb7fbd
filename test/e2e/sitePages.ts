/** The public site's pages the browser tests visit, and opening one with the checks every page passes. */
import assert from 'node:assert/strict'

import type { Page } from 'playwright-core'

import { base } from './browser'

export const visa = '/services/visa-extension'

/** One page of each type below the locale: home, the lists and one of their items. */
export const pageTypes = [
  '',
  '/services',
  visa,
  '/policies',
  '/policies/visa-facilitation-explained',
  '/documents',
  '/documents/visa-facilitation-2025',
  '/news',
  '/news/visa-services-online-2026',
  '/zones',
  '/zones/lingang',
  '/topics',
  '/topics/visas',
  '/departments',
  '/departments/exit-entry',
]

/** Opens a page and checks it answered 200 in the expected language and direction; returns its title. */
export const open = async (page: Page, url: string) => {
  const response = await page.goto(`${base}${url}`)
  assert.equal(response?.status(), 200, `${url} answers 200`)
  const locale = url.split('/')[1]
  const html = page.locator('html')
  assert.equal(await html.getAttribute('lang'), locale === 'zh' ? 'zh-Hans' : locale, `${url} lang`)
  assert.equal(await html.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', `${url} dir`)
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)
  assert.equal(direction, locale === 'ar' ? 'rtl' : 'ltr', `${url} computed direction`)
  const title = (await page.locator('h1').first().textContent())?.trim()
  assert.ok(title, `${url} has a title`)
  return title
}

/** The published item with this slug, in Chinese (or the language given, as the public reads it). */
export const findItem = async (collection: string, slug: string, locale = 'zh') => {
  const url = `${base}/api/${collection}?where[slug][equals]=${slug}&locale=${locale}&depth=0`
  const found = (await (await fetch(url)).json()) as { docs: { id: number | string; title: string }[] }
  assert.ok(found.docs[0], `${collection} ${slug} exists`)
  return found.docs[0]
}
