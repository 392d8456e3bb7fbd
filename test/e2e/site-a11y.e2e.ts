/**
 * Accessibility of the public site (WCAG 2.1 AA) in a real browser, against the running app at
 * E2E_BASE_URL with the demo content (test/e2e/run.ts starts one):
 *
 * - images: a hero image an editor adds to a news article shows its alt text in the reader's
 *   language once that is approved (before, the Chinese, marked lang="zh-Hans"), with a `srcset`
 *   of the sharp sizes and a WebP source;
 * - axe-core finds no serious or critical violation on any page type (home, every list and item,
 *   the article with its image, search results, the 404 page) in Chinese, English and Arabic;
 * - keyboard: the skip link is the first stop; every stop in the header shows a focus outline;
 *   the skip link moves focus to the main content, where tabbing continues;
 * - a 375 px wide phone: no page type scrolls sideways.
 */
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import sharp from 'sharp'

import { api, base, demo, inBrowser, login, step } from './browser'
import { findItem, open, pageTypes, visa } from './sitePages'

const locales = ['zh', 'en', 'ar'] as const
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
/** A search that finds the visa extension guide in each language. */
const searches = { zh: '签证', en: 'visa', ar: 'تأشيرة' }

/** axe's serious and critical findings on the open page, one line each. */
const axeProblems = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: axeScript })
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )
  return results.violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, help, nodes }) => `${impact} ${id}: ${help} — ${nodes.map(({ target }) => target.join(' ')).join(', ')}`)
}

/** Focus ring of the focused element: a visible outline at least 2 px wide. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement
    const style = getComputedStyle(element)
    return {
      where: element.closest('header, main, footer')?.tagName.toLowerCase() ?? 'body',
      label: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    }
  })

await inBrowser('site-a11y.e2e', async (page) => {
  // -------------------------------------------------------------------------------------------
  step('images: localized alt text and responsive sizes')
  const [editor, translator, reviewer] = await Promise.all([login(demo.editor), login(demo.translator), login(demo.reviewer)])
  const alts = { zh: '出入境接待大厅', en: 'The exit-entry reception hall', ar: 'قاعة استقبال الدخول والخروج' }
  const picture = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#4a78a8' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([picture], { type: 'image/jpeg' }), 'hall.jpg')
  form.append('_payload', JSON.stringify({ alt: alts.zh }))
  const uploaded = await fetch(`${base}/api/media?locale=zh`, { method: 'POST', headers: editor, body: form })
  assert.equal(uploaded.status, 201, `upload: ${await uploaded.clone().text()}`)
  const mediaId = ((await uploaded.json()) as { doc: { id: number | string } }).doc.id
  const news = '/news/visa-services-online-2026'
  const article = await findItem('news', news.split('/')[2])
  await api(editor, 'PATCH', `/news/${article.id}?locale=zh`, { heroImage: mediaId, _status: 'published' })

  const heroOf = async (url: string) => {
    await open(page, url)
    const image = page.locator('picture.hero img')
    return {
      alt: await image.getAttribute('alt'),
      lang: await image.getAttribute('lang'),
      widths: ((await image.getAttribute('srcset')) ?? '').split(', ').map((entry) => entry.split(' ')[1]),
      webp: await page.locator('picture.hero source[type="image/webp"]').getAttribute('srcset'),
    }
  }
  const before = await heroOf(`/en${news}`)
  assert.deepEqual([before.alt, before.lang], [alts.zh, 'zh-Hans'], 'before approval: the Chinese alt, marked as Chinese')
  for (const locale of ['en', 'ar'] as const) {
    await api(translator, 'PATCH', `/media/${mediaId}?locale=${locale}`, { alt: alts[locale] })
    await api(reviewer, 'POST', `/media/${mediaId}/translation/${locale}/approve`, { confirmTerminology: true })
  }
  for (const locale of locales) {
    const hero = await heroOf(`/${locale}${news}`)
    assert.equal(hero.alt, alts[locale], `${locale}: alt text in the reader's language`)
    assert.equal(hero.lang, null, `${locale}: no language mark needed`)
    assert.deepEqual(hero.widths, ['320w', '768w', '1600w', '1800w'], `${locale}: srcset of the sharp sizes and the original`)
    assert.match(hero.webp ?? '', /\.webp 320w, .+\.webp 768w, .+\.webp 1600w$/, `${locale}: WebP sources`)
  }

  // -------------------------------------------------------------------------------------------
  for (const locale of locales) {
    step(`axe on every page type in ${locale}`)
    const problems: string[] = []
    for (const url of [...pageTypes.map((type) => `/${locale}${type}`), `/${locale}/search?q=${searches[locale]}`]) {
      await open(page, url)
      problems.push(...(await axeProblems(page)).map((problem) => `${url}: ${problem}`))
    }
    const notFound = await page.goto(`${base}/${locale}/no/such/page`)
    assert.equal(notFound?.status(), 404)
    problems.push(...(await axeProblems(page)).map((problem) => `/${locale}/no/such/page: ${problem}`))
    assert.deepEqual(problems, [], 'no serious or critical axe violations')
  }

  // -------------------------------------------------------------------------------------------
  for (const locale of ['en', 'ar']) {
    step(`keyboard in ${locale}: skip link first, a visible focus ring on every header stop, then the content`)
    await open(page, `/${locale}${visa}`)
    await page.keyboard.press('Tab')
    const skip = page.locator('a.skip-link')
    assert.ok(await skip.evaluate((element) => element === document.activeElement), 'the skip link is the first stop')
    assert.ok(await skip.isVisible(), 'and shows when focused')
    assert.ok((await focusRing(page)).visible, 'with a focus ring')
    const stops: string[] = []
    for (;;) {
      await page.keyboard.press('Tab')
      const ring = await focusRing(page)
      if (ring.where !== 'header') break
      assert.ok(ring.visible, `${ring.label} in the header shows a focus ring`)
      stops.push(ring.label)
      assert.ok(stops.length < 40, 'the header ends')
    }
    // Languages (9), site name, search field and button, main sections (5).
    assert.ok(stops.length >= 17, `every header control is reachable (${stops.length} stops)`)

    await open(page, `/${locale}${visa}`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the skip link moves focus to the content')
    await page.keyboard.press('Tab')
    const next = await focusRing(page)
    assert.equal(next.where, 'main', 'tabbing continues inside the content')
    assert.ok(next.visible, `${next.label} shows a focus ring`)
  }

  // -------------------------------------------------------------------------------------------
  step('375 px wide: no page type scrolls sideways')
  await page.setViewportSize({ width: 375, height: 800 })
  for (const locale of locales) {
    for (const url of [...pageTypes.map((type) => `/${locale}${type}`), `/${locale}/search?q=${searches[locale]}`]) {
      await open(page, url)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 0, `${url} fits 375 px (${overflow} px too wide)`)
    }
  }
})
