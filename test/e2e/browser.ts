/**
 * What every browser test shares: the app's address, staff sign-in and REST calls, Debian's
 * Chromium through playwright-core, screenshots into docs/screenshots/, and a failure screenshot
 * with the URL it failed at.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium, type Page } from 'playwright-core'

const address = process.env.E2E_BASE_URL
if (!address) throw new Error('Set E2E_BASE_URL (npm run test:e2e starts a server and sets it).')
/** The running app, e.g. http://127.0.0.1:41234. */
export const base = address

const shots = path.resolve(import.meta.dirname, '../../docs/screenshots')

export type Credentials = { email: string; password: string }

/** The seeded demo accounts (seed/data/users.ts). */
export const demo = {
  editor: { email: 'editor@portal.example', password: 'editor-demo-2026' },
  translator: { email: 'translator@portal.example', password: 'translator-demo-2026' },
  reviewer: { email: 'reviewer@portal.example', password: 'reviewer-demo-2026' },
} satisfies Record<string, Credentials>

/** Signs a demo account in through REST; gives the Authorization header. */
export const login = async ({ email, password }: Credentials) => {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  assert.equal(response.status, 200, `API login of ${email}`)
  return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

/** A JSON REST call (path below /api) as a signed-in account, which must succeed. */
export const api = async (auth: Record<string, string>, method: 'PATCH' | 'POST', path: string, body: unknown) => {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  assert.equal(response.status, 200, `${method} ${path}: ${await response.text()}`)
}

export const step = (message: string) => console.log(`  • ${message}`)

/** A full-window screenshot (once the fonts are in) saved as docs/screenshots/<name>. */
export const shot = async (page: Page, name: string) => {
  mkdirSync(shots, { recursive: true })
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: path.join(shots, name) })
  step(`screenshot docs/screenshots/${name}`)
}

/**
 * Runs `checks` in a fresh headless Chromium profile (1280×900, en-GB, Shanghai time). On failure
 * it saves a full-page screenshot to the temp dir and says where it failed; the browser and its
 * profile are always removed.
 */
export const inBrowser = async (name: string, checks: (page: Page, context: BrowserContext) => Promise<void>) => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(30_000)
  const page = context.pages()[0] ?? (await context.newPage())
  try {
    await checks(page, context)
    console.log(`${name}: all checks passed`)
  } catch (error) {
    const failure = path.join(tmpdir(), `${name}-failure-${Date.now()}.png`)
    await page.screenshot({ path: failure, fullPage: true }).catch(() => undefined)
    console.error(`  ✗ failed at ${page.url()} (screenshot: ${failure})`)
    throw error
  } finally {
    await context.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}
