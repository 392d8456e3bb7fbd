/**
 * The operator's screens in a real browser, against the running app at E2E_BASE_URL with the demo
 * content (test/e2e/run.ts starts one):
 *
 * - the content-upkeep screen (/admin/content-upkeep) shows, on one page, the broken-links
 *   summary and the guides overdue for review by source department;
 * - "mark reviewed, still accurate" in a service's sidebar takes the guide off that list without
 *   a new version;
 * - the audit log records it under the editor's name, and only admins can read the log.
 *
 * Screenshot (1280×900): docs/screenshots/content-upkeep.png.
 */
import assert from 'node:assert/strict'

import { api, base, demo, inBrowser, login, shot, step } from './browser'

const admin = { email: 'admin@portal.example', password: 'admin-demo-2026' }
const slug = 'driving-licence-exchange'

await inBrowser('operations-ui.e2e', async (page) => {
  step('a service guide whose review date has passed')
  const editorAuth = await login(demo.editor)
  const found = await fetch(`${base}/api/services?where[slug][equals]=${slug}&depth=0`, { headers: editorAuth })
  const service = ((await found.json()) as { docs: { id: string | number; title: string }[] }).docs[0]
  assert.ok(service, `the seeded ${slug} service exists`)
  const yesterday = new Date(Date.now() - 86_400_000).toISOString()
  await api(editorAuth, 'PATCH', `/services/${service.id}?locale=zh`, { reviewBy: yesterday })
  const versionCount = async () => {
    const res = await fetch(`${base}/api/services/versions?where[parent][equals]=${service.id}&limit=0`, { headers: editorAuth })
    return ((await res.json()) as { totalDocs: number }).totalDocs
  }
  const versionsBefore = await versionCount()

  step('the editor signs in; the content-upkeep screen lists it as overdue, beside the broken links')
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(demo.editor.email)
  await page.locator('#field-password').fill(demo.editor.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  await page.goto(`${base}/admin/content-upkeep`)
  await page.locator('#upkeep-links').waitFor()
  await page.locator('#upkeep-reviews').waitFor()
  const row = page.locator('tr[data-state="overdue"]').filter({ has: page.locator(`a[href$="/services/${service.id}"]`) })
  await row.waitFor()
  assert.ok(((await row.textContent()) ?? '').includes(service.title), 'the overdue row names the guide')
  await shot(page, 'content-upkeep.png')

  step('"mark reviewed, still accurate" in the sidebar takes it off the list, without a new version')
  await Promise.all([page.waitForURL(new RegExp(`/admin/collections/services/${service.id}$`)), row.locator('a').click()])
  // The button acts once the admin has hydrated: let the page settle first.
  await page.waitForLoadState('networkidle')
  const [marked] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/mark-reviewed')),
    page.getByRole('button', { name: 'Mark reviewed, still accurate' }).click(),
  ])
  assert.equal(marked.status(), 200, 'mark reviewed')
  assert.equal(await versionCount(), versionsBefore, 'no new version')
  await page.goto(`${base}/admin/content-upkeep`)
  await page.locator('#upkeep-reviews').waitFor()
  assert.equal(await page.locator(`tr a[href$="/services/${service.id}"]`).count(), 0, 'no longer listed')

  step('the audit log names the editor; only admins read it')
  const refused = await fetch(`${base}/api/audit-log?limit=1`, { headers: editorAuth })
  assert.equal(refused.status, 403, 'editors cannot read the audit log')
  const adminAuth = await login(admin)
  const log = await fetch(
    `${base}/api/audit-log?where[documentId][equals]=${service.id}&where[action][equals]=review-confirm&depth=0`,
    { headers: adminAuth },
  )
  assert.equal(log.status, 200)
  const entries = ((await log.json()) as { docs: { actorLabel?: string; actorEmail?: string }[] }).docs
  assert.equal(entries.length, 1, 'one review-confirm entry')
  assert.ok(JSON.stringify(entries[0]).includes(demo.editor.email), 'the entry names the editor')
})
