/**
 * The public site in a real browser (Debian's Chromium through playwright-core), against the
 * running app at E2E_BASE_URL with the demo content (test/e2e/run.ts starts one):
 *
 * - every page type in Chinese, English and Arabic: served, in the right language and direction
 *   (Arabic computes `direction: rtl`), with a title;
 * - the visa extension guide: the apply-online link, hreflang alternates and GovernmentService
 *   JSON-LD; the language switcher keeps the reader on the guide;
 * - search in the reader's language (签证, visa, تأشيرة) finds the visa extension guide among results
 *   grouped by type, with the match in <mark>, and the result opens the guide;
 * - a language that is not approved (Korean) shows the Chinese original with a notice in Korean,
 *   and an unapproved Arabic draft a translator saved never appears;
 * - a translator's newer English draft of an approved guide stays unseen when the Chinese is then
 *   published: the page keeps the approved English, marked outdated, and search does not find it;
 * - approving that Arabic translation, and publishing a new Chinese title, show on the item, its
 *   list within 5 s (the times are printed);
 * - a draft's URL and an unknown item give the localized 404 page with status 404; an unknown
 *   locale redirects to the best match.
 *
 * Accessibility (axe, keyboard, images, narrow screens) is checked in site-a11y.e2e.ts.
 *
 * Screenshots of the home page and the visa extension guide in zh, en and ar (1280×900) go to
 * docs/screenshots/site-*.png.
 */
import assert from 'node:assert/strict'

import { api, base, demo, inBrowser, login, shot, step } from './browser'
import { findItem, open, pageTypes, visa } from './sitePages'

const visaTitles = {
  zh: '外国人签证延期',
  en: 'Visa extension for foreign nationals',
  ja: '外国人のビザ延長',
  ar: 'تمديد التأشيرة للمواطنين الأجانب',
}

/** A search in each language that finds the visa extension guide. */
const searches = { zh: '签证', en: 'visa', ar: 'تأشيرة' } as const

/** Where each search result type lives on the site. */
const typePaths: Record<string, string> = {
  services: 'services',
  'policy-interpretations': 'policies',
  news: 'news',
  'policy-documents': 'documents',
  zones: 'zones',
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Makes `change` while the pages at `urls` are cached without `text`, then gives the milliseconds
 * until each shows `text` (failing after 5 s).
 */
const refreshTimes = async (urls: string[], text: string, change: () => Promise<void>) => {
  const html = async (url: string) => (await fetch(`${base}${url}`)).text()
  for (const url of urls) assert.ok(!(await html(url)).includes(text), `${url} does not show "${text}" yet`)
  await change()
  const since = Date.now()
  const times: string[] = []
  for (const url of urls) {
    while (!(await html(url)).includes(text)) {
      assert.ok(Date.now() - since < 5000, `${url} shows "${text}" within 5 s`)
      await sleep(100)
    }
    times.push(`${url} ${Date.now() - since} ms`)
  }
  return times.join(', ')
}

await inBrowser('site.e2e', async (page) => {
  // -------------------------------------------------------------------------------------------
  for (const locale of ['zh', 'en', 'ar']) {
    step(`every page type in ${locale}`)
    for (const type of pageTypes) {
      await open(page, `/${locale}${type}`)
      // Content shown in Chinese on a translated page always says so.
      const fallback = await page.locator('[data-fallback]').count()
      const h1Lang = await page.locator('h1').first().getAttribute('lang')
      assert.equal(fallback > 0, h1Lang === 'zh-Hans', `/${locale}${type}: notice exactly when the words are Chinese`)
    }
  }

  // -------------------------------------------------------------------------------------------
  step('home pages (screenshots)')
  for (const locale of ['zh', 'en', 'ar']) {
    await open(page, `/${locale}`)
    assert.ok((await page.locator('#home-services + .cards > li').count()) > 0, 'most requested services listed')
    assert.ok((await page.locator('#home-news + .cards > li').count()) > 0, 'latest news listed')
    await shot(page, `site-home-${locale}.png`)
  }

  // -------------------------------------------------------------------------------------------
  step('the visa extension guide: apply online, offices, hreflang, JSON-LD (screenshots)')
  for (const locale of ['zh', 'en', 'ar'] as const) {
    assert.equal(await open(page, `/${locale}${visa}`), visaTitles[locale])
    const apply = page.locator('a[data-apply-online]')
    assert.match(
      (await apply.getAttribute('href')) ?? '',
      /^https:\/\/zwdt\.sh\.gov\.cn\//,
      'apply online into the online service system',
    )
    assert.ok(await apply.isVisible(), 'apply online is visible')
    await page.locator('#offices').waitFor()
    assert.ok((await page.locator('.coordinates').count()) > 0, 'office map coordinates')
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
    assert.deepEqual(hreflangs.sort(), ['ar', 'en', 'ja', 'x-default', 'zh-Hans'], 'hreflang: approved languages and x-default')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    assert.equal(jsonLd['@type'], 'GovernmentService')
    await shot(page, `site-service-${locale}.png`)
  }

  step('the Arabic layout mirrors: the title hugs the right edge')
  await open(page, `/ar${visa}`)
  const box = await page.locator('h1').boundingBox()
  assert.ok(box && box.x + box.width > 1280 - 120, 'Arabic h1 ends near the right edge')

  // -------------------------------------------------------------------------------------------
  step('the language switcher keeps the reader on the guide')
  await open(page, `/en${visa}`)
  const switcher = page.getByRole('navigation', { name: 'Languages' })
  assert.equal(
    await switcher.locator('a[hreflang="ko"]').getAttribute('data-translated'),
    'false',
    'Korean is marked untranslated',
  )
  await Promise.all([page.waitForURL(`${base}/ja${visa}`), switcher.locator('a[hreflang="ja"]').click()])
  assert.equal((await page.locator('h1').textContent())?.trim(), visaTitles.ja)
  await Promise.all([page.waitForURL(`${base}/ar${visa}`), page.locator('nav.languages a[hreflang="ar"]').click()])
  assert.equal((await page.locator('h1').textContent())?.trim(), visaTitles.ar)

  // -------------------------------------------------------------------------------------------
  step("search in the reader's language finds the guide: results grouped by type, the match marked")
  for (const locale of ['zh', 'en', 'ar'] as const) {
    const query = searches[locale]
    await open(page, `/${locale}/search`)
    const field = page.locator('#search-query')
    await field.fill(query)
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === query), field.press('Enter')])
    const groups = await page.locator('section.search-group').evaluateAll((sections) =>
      sections.map((section) => ({
        type: (section.getAttribute('aria-labelledby') ?? '').replace('results-', ''),
        links: [...section.querySelectorAll('.search-results h3 a')].map((link) => link.getAttribute('href') ?? ''),
      })),
    )
    assert.equal(groups[0]?.type, 'services', `${locale}: service guides come first`)
    assert.equal(new Set(groups.map(({ type }) => type)).size, groups.length, `${locale}: one group per type`)
    for (const { type, links } of groups) {
      assert.ok(
        links.length > 0 && links.every((href) => href.startsWith(`/${locale}/${typePaths[type]}/`)),
        `${locale}: ${type} group`,
      )
    }
    const result = page.locator(`section[aria-labelledby="results-services"] h3 a[href="/${locale}${visa}"]`)
    const marks = await result.locator('mark').allTextContents()
    assert.ok(marks.length > 0, `${locale}: the match is marked`)
    assert.deepEqual([...new Set(marks.map((mark) => mark.toLowerCase()))], [query], `${locale}: <mark>${query}</mark>`)
    step(`${query}: ${groups.map(({ type, links }) => `${type} ${links.length}`).join(', ')}`)
    await Promise.all([page.waitForURL(`${base}/${locale}${visa}`), result.click()])
    assert.equal((await page.locator('h1').textContent())?.trim(), visaTitles[locale], `${locale}: the result opens the guide`)
  }

  // -------------------------------------------------------------------------------------------
  step('Korean is not approved: the Chinese original, with a notice in Korean and links to the languages there are')
  await Promise.all([page.waitForURL(`${base}/ko${visa}`), page.locator('nav.languages a[hreflang="ko"]').click()])
  const notice = page.locator('[data-fallback]')
  assert.match((await notice.textContent()) ?? '', /중국어 원문/)
  assert.equal(await page.locator('h1').getAttribute('lang'), 'zh-Hans')
  assert.equal((await page.locator('h1').textContent())?.trim(), visaTitles.zh)
  const offered = await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
  assert.deepEqual(offered, ['zh-Hans', 'en', 'ja', 'ar'])

  step('an Arabic draft a translator saved (not reviewed) never shows')
  const [editor, translator, reviewer] = await Promise.all([login(demo.editor), login(demo.translator), login(demo.reviewer)])
  const taxRefund = (await findItem('news', 'instant-tax-refund-2026')).id
  const arabicTitle = 'استرداد ضريبة المغادرة فوراً عند الشراء في المراكز التجارية الرئيسية'
  await api(translator, 'PATCH', `/news/${taxRefund}?locale=ar`, { title: arabicTitle, summary: 'ملخص الترجمة العربية' })
  await open(page, '/ar/news/instant-tax-refund-2026')
  assert.ok(!(await page.content()).includes(arabicTitle), 'the draft is nowhere on the page')
  assert.equal(await page.locator('h1').getAttribute('lang'), 'zh-Hans')
  await open(page, '/ar/news')
  assert.ok(!(await page.content()).includes(arabicTitle), 'nor in the list')

  // -------------------------------------------------------------------------------------------
  step('approving and publishing refresh the pages within seconds')
  const approve = () => api(reviewer, 'POST', `/news/${taxRefund}/translation/ar/approve`, { confirmTerminology: true })
  step(`approved, shown: ${await refreshTimes(['/ar/news/instant-tax-refund-2026', '/ar/news'], arabicTitle, approve)}`)
  const news = await findItem('news', 'visa-services-online-2026')
  const headline = `${news.title}（更新）`
  const publish = () => api(editor, 'PATCH', `/news/${news.id}?locale=zh`, { title: headline, _status: 'published' })
  step(`published, shown: ${await refreshTimes(['/zh/news/visa-services-online-2026', '/zh/news'], headline, publish)}`)
  await open(page, '/zh/news/visa-services-online-2026')
  assert.equal((await page.locator('h1').textContent())?.trim(), headline, 'the browser shows the new title')

  // -------------------------------------------------------------------------------------------
  step('a newer English draft of an approved guide stays unseen when the Chinese is published')
  const workPermit = await findItem('services', 'work-permit')
  const approvedTitle = (await findItem('services', 'work-permit', 'en')).title
  const draftTitle = 'Work permit: unreviewed draft'
  await api(translator, 'PATCH', `/services/${workPermit.id}?locale=en`, { title: draftTitle })
  const revised = `${workPermit.title}（修订）`
  const publishRevision = () =>
    api(editor, 'PATCH', `/services/${workPermit.id}?locale=zh`, { title: revised, _status: 'published' })
  step(`published, shown: ${await refreshTimes(['/zh/services/work-permit'], revised, publishRevision)}`)
  assert.equal(await open(page, '/en/services/work-permit'), approvedTitle, 'the approved English stays')
  assert.ok(await page.locator('.about-page .outdated').isVisible(), 'marked outdated: the Chinese changed')
  assert.ok(!(await page.content()).includes(draftTitle), 'the draft is nowhere on the page')
  await open(page, '/en/search?q=unreviewed')
  assert.equal(await page.locator('.search-results a').count(), 0, 'search does not find the draft')

  // -------------------------------------------------------------------------------------------
  step('a draft news URL and an unknown item: the localized 404 page, status 404')
  for (const [url, heading] of [
    ['/en/news/draft-sample', 'Page not found'],
    ['/zh/news/draft-sample', '页面不存在'],
    ['/ar/services/no-such-service', 'الصفحة غير موجودة'],
    ['/en/no/such/page', 'Page not found'],
  ]) {
    const response = await page.goto(`${base}${url}`)
    assert.equal(response?.status(), 404, `${url} is 404`)
    const html = await (await fetch(`${base}${url}`)).text()
    assert.ok(html.includes(`<h1>${heading}</h1>`), `${url}: the 404 page is rendered on the server`)
    assert.equal((await page.locator('h1').textContent())?.trim(), heading, `${url} says so in its language`)
  }

  step('an unknown locale redirects to the best match')
  await page.goto(`${base}/jp/services`)
  assert.equal(new URL(page.url()).pathname, '/ja/services')
})
