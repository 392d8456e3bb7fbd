/**
 * The translation admin UI in a real browser (Debian's Chromium through playwright-core), against
 * the running app at E2E_BASE_URL (test/e2e/run.ts starts one with the demo content):
 *
 * - the reviewer (en, ar) signs in and opens the seeded visa-extension service: the panel lists
 *   all eight languages with their states, and offers only the reviewer's actions;
 * - machine translation without a DeepL key shows the server's 503 message;
 * - the editor changes the Chinese summary, so English becomes outdated: the review view shows
 *   the field highlighted with the old and new Chinese and their difference, Arabic right to
 *   left, and approving from there makes English approved again;
 * - the dashboard is linked from the navigation and counts documents by language and state;
 * - an Arabic fee that differs from the Chinese shows on the QA dashboard (/admin/qa) with a link
 *   to the review view, where approving asks for a reason per finding and the override is shown.
 *
 * Screenshots (1280×900) go to docs/screenshots/.
 */
import assert from 'node:assert/strict'

import { api, base, demo, inBrowser, login, shot, step } from './browser'

const { reviewer, editor, translator } = demo
const targetLocales = ['en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar']

await inBrowser('translation-ui.e2e', async (page, context) => {
  // -------------------------------------------------------------------------------------------
  step('the reviewer signs in through the admin login form')
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(reviewer.email)
  await page.locator('#field-password').fill(reviewer.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })

  const found = await page.request.get(`${base}/api/services?where[slug][equals]=visa-extension&depth=0&draft=true`)
  assert.equal(found.status(), 200)
  const service = ((await found.json()) as { docs: { id: string | number }[] }).docs[0]
  assert.ok(service, 'the seeded visa-extension service exists')
  const id = service.id

  // -------------------------------------------------------------------------------------------
  step('the document shows the translation panel with all eight languages')
  await page.goto(`${base}/admin/collections/services/${id}?locale=en`)
  const panel = page.locator('.tw-panel')
  await panel.locator('table').waitFor()
  for (const locale of targetLocales) await panel.locator(`tbody[data-locale="${locale}"]`).waitFor()
  const stateOf = (locale: string) => panel.locator(`tbody[data-locale="${locale}"] .tw-badge`).getAttribute('data-state')
  assert.equal(await stateOf('en'), 'approved')
  assert.equal(await stateOf('ar'), 'approved')
  assert.equal(await panel.locator('tbody[data-locale="en"]').getAttribute('class'), 'tw-panel__lang tw-panel__lang--current')
  // The reviewer may send back English (assigned) but not Japanese; approved text has nothing to approve.
  const en = panel.locator('tbody[data-locale="en"]')
  await en.getByRole('button', { name: 'Send back' }).waitFor()
  assert.equal(await en.getByRole('button', { name: 'Approve' }).count(), 0)
  assert.equal(await panel.locator('tbody[data-locale="ja"]').getByRole('button').count(), 0)
  assert.equal(await en.getByRole('link', { name: /Review/ }).getAttribute('href'), `/admin/translation-review/services/${id}/en`)
  // Machine translation: only the reviewer's languages can be selected.
  assert.equal(await panel.locator('input[type="checkbox"]').count(), 2)
  await shot(page, 'translation-panel.png')

  step('machine translation without a DeepL key shows the server’s message')
  await en.locator('input[type="checkbox"]').check()
  await panel.getByRole('button', { name: 'Machine-translate selected (1)' }).click()
  await panel.locator('.tw-notice--error').filter({ hasText: 'Machine translation is not configured' }).waitFor()

  // -------------------------------------------------------------------------------------------
  step('the editor changes the Chinese summary: English becomes outdated')
  const editorAuth = await login(editor)
  const zh = (await (await fetch(`${base}/api/services/${id}?locale=zh&depth=0`, { headers: editorAuth })).json()) as {
    summary: string
  }
  const newSummary = zh.summary.replace(/。$/, '') + '，逾期未办理的将依法处理。'
  await api(editorAuth, 'PATCH', `/services/${id}?locale=zh`, { summary: newSummary, _status: 'published' })

  await page.reload()
  await panel.locator('tbody[data-locale="en"] .tw-badge[data-state="outdated"]').waitFor()
  assert.equal((await en.locator('.tw-num').first().textContent())?.trim(), '1')

  step('the review view shows the changed field with old and new Chinese')
  await Promise.all([
    page.waitForURL(/\/admin\/translation-review\/services\/.+\/en$/),
    en.getByRole('link', { name: /Review/ }).click(),
  ])
  const review = page.locator('table.tw-review')
  await review.waitFor()
  const summaryRow = review.locator('tr[data-path="summary"]')
  assert.match((await summaryRow.getAttribute('class')) ?? '', /tw-review__changed/)
  assert.equal(await summaryRow.locator('td').nth(1).locator('[lang="en"]').count(), 1)
  const inserted = await summaryRow.locator('.tw-review__diff ins').allTextContents()
  assert.ok(inserted.join('').includes('逾期未办理的将依法处理'), `highlighted insertion: ${inserted.join(' | ')}`)
  assert.equal(await review.locator('tr.tw-review__changed').count(), 1)
  assert.ok(((await review.locator('tr[data-path="title"] td').first().textContent()) ?? '').includes('外国人签证延期'))
  await page.getByRole('button', { name: 'Approve' }).waitFor()
  await summaryRow.scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(page, 'review-view.png')

  step('approving from the review view makes English approved again')
  const findings = Number(await page.locator('.tw-view__meta [data-count="terminology"]').textContent())
  await page.getByRole('button', { name: 'Approve' }).click()
  if (findings > 0) {
    step(`${findings} terminology finding(s): approval asks for confirmation first, listing them`)
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    assert.equal(await modal.locator('li').count(), findings)
    await modal.getByRole('button', { name: 'Approve anyway' }).click()
  }
  await page.locator('.tw-notice--success').filter({ hasText: 'outdated → approved' }).waitFor()
  await page.locator('.tw-view__meta .tw-badge[data-state="approved"]').waitFor()
  assert.equal(await page.locator('table.tw-review tr.tw-review__changed').count(), 0)

  step('Arabic is shown right to left')
  await page.goto(`${base}/admin/translation-review/services/${id}/ar`)
  const arabic = page.locator('table.tw-review tr[data-path="title"] td').nth(1).locator('[lang="ar"]')
  assert.equal(await arabic.getAttribute('dir'), 'rtl')

  // -------------------------------------------------------------------------------------------
  step('the translator saves an Arabic fee of 100 where the Chinese says 160: an open fact finding')
  const translatorAuth = await login(translator)
  await api(translatorAuth, 'PATCH', `/services/${id}?locale=ar`, { fees: '100 يوان للشخص في كل مرة' })

  step('the QA dashboard lists the open finding, linked to the review view')
  await page.goto(`${base}/admin/qa?locale=ar`)
  const qaRow = page.locator(`table[data-table="documents"] tr[data-locale="ar"]`).filter({
    has: page.locator(`a[href="/admin/translation-review/services/${id}/ar"]`),
  })
  await qaRow.waitFor()
  assert.ok(Number(await page.locator('[data-count="open-findings"]').textContent()) >= 1)
  assert.ok((await qaRow.locator('.tw-facts__item').allTextContents()).join(' ').includes('100'))
  assert.ok((await page.locator('table[data-table="groups"] tbody tr').count()) >= 1)
  await shot(page, 'qa-dashboard.png')

  step('the review view shows the finding and readability; approving asks for a reason and records it')
  await Promise.all([page.waitForURL(/\/admin\/translation-review\/services\/.+\/ar$/), qaRow.locator('th a').click()])
  await page.locator('tr[data-path="fees"] .tw-facts__item').first().waitFor()
  assert.ok((await page.locator('.tw-readability').count()) >= 1, 'readability notes beside summary and body')
  await shot(page, 'qa-review-findings.png')
  await page.getByRole('button', { name: 'Approve' }).click()
  const dialog = page.locator('.confirmation-modal')
  await dialog.locator('textarea.tw-facts__reason').first().waitFor()
  const reason = 'E2E: the fee for this nationality is 100 yuan under reciprocity.'
  for (const field of await dialog.locator('textarea.tw-facts__reason').all()) await field.fill(reason)
  await dialog.getByRole('button', { name: 'Approve anyway' }).click()
  await page.locator('.tw-notice--success').filter({ hasText: 'approved' }).waitFor()
  await page.reload()
  const override = page.locator('tr[data-path="fees"] .tw-facts__override').first()
  await override.waitFor()
  assert.ok(((await override.textContent()) ?? '').includes(reason), 'the override shows its reason')

  // -------------------------------------------------------------------------------------------
  step('the dashboard is linked from the navigation and lists documents by state')
  await page.goto(`${base}/admin`)
  const navLink = page.locator('#nav-translations')
  await navLink.waitFor({ state: 'attached' })
  // At 1280 px the admin starts with its navigation closed: open it.
  const closed = () => navLink.evaluate((element) => Boolean(element.closest('[inert]')) || element.getClientRects().length === 0)
  if (await closed()) await page.locator('button.template-default__nav-toggler').click()
  await navLink.waitFor()
  // A client-side (Next) navigation: no load event to wait for.
  await navLink.click()
  await page.waitForURL(/\/admin\/translations$/, { waitUntil: 'commit' })
  await page.locator('.tw-dashboard__counts table').waitFor()
  const approvedEn = Number((await page.locator('td[data-locale="en"][data-state="approved"]').textContent())?.trim())
  assert.ok(approvedEn >= 1, 'some English documents are approved')
  await page.locator('select[name="language"]').selectOption('en')
  await page.locator('select[name="collection"]').selectOption('services')
  await page.locator('select[name="state"]').selectOption('approved')
  await Promise.all([page.waitForURL(/state=approved/), page.getByRole('button', { name: 'Filter' }).click()])
  const row = page.locator(`.tw-dashboard__list tr[data-collection="services"][data-id="${id}"][data-locale="en"]`)
  await row.waitFor()
  assert.equal(
    await row.getByRole('link', { name: 'Review' }).getAttribute('href'),
    `/admin/translation-review/services/${id}/en`,
  )
  await shot(page, 'translation-dashboard.png')

  step('with Chinese as the admin language, the labels are Chinese')
  await context.addCookies([{ name: 'payload-lng', value: 'zh', url: base }])
  await page.goto(`${base}/admin/translations`)
  await page.getByRole('heading', { level: 1, name: '翻译' }).waitFor()
  assert.equal((await page.locator('#nav-translations').textContent())?.trim(), '翻译工作台')
  await page.goto(`${base}/admin/collections/services/${id}`)
  await page.locator('.tw-panel tbody[data-locale="en"]').getByRole('button', { name: '退回' }).waitFor()

  // -------------------------------------------------------------------------------------------
  step('an anonymous visitor is sent to the login page')
  await context.clearCookies()
  await page.goto(`${base}/admin/translations`)
  await page.waitForURL(/\/admin\/login/)
})
