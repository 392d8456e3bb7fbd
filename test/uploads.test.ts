/**
 * The media library through REST, as an editor: real images get every size and a WebP copy,
 * PDFs are accepted, and disguised, oversized, dangerous or bomb-like files are refused with a
 * clear 4xx before anything is stored.
 */
import { readdirSync } from 'node:fs'

import sharp from 'sharp'
import request from 'supertest'

import {
  createStaff,
  errorMessage,
  fieldErrors,
  makeGifBomb,
  makePdf,
  makePng,
  makePngBomb,
  type StaffUser,
} from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

let portal: Portal
let editor: StaffUser

beforeAll(async () => {
  portal = await startPortal()
  editor = await createStaff(portal, 'editor')
})

afterAll(() => portal.stop())

const mediaDir = (): string => process.env.MEDIA_DIR as string

/** How many media documents exist and how many files are in the media folder. */
const stored = async () => ({
  docs: (await portal.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
  files: (() => {
    try {
      return readdirSync(mediaDir()).length
    } catch {
      return 0
    }
  })(),
})

type Upload = { data: Buffer; filename: string; contentType?: string; alt?: string | null; auth?: string | null }

const upload = ({ data, filename, contentType, alt = 'Shanghai skyline', auth }: Upload) => {
  const req = request(portal.app).post('/api/media')
  if (auth !== null) req.set('Authorization', auth ?? editor.auth)
  if (alt !== null) req.field('_payload', JSON.stringify({ alt }))
  return req.attach('file', data, contentType ? { filename, contentType } : { filename })
}

/** Uploads, expects the given status, and checks that nothing at all was stored. */
const expectRejected = async (attempt: Upload, status: number) => {
  const before = await stored()
  const res = await upload(attempt)
  expect(res.status).toBe(status)
  expect(await stored()).toEqual(before)
  return res
}

describe('accepted uploads', () => {
  test('a 2000×1200 PNG gets thumbnail, card and hero sizes, each also as WebP', async () => {
    const before = await stored()
    const res = await upload({ data: await makePng(2000, 1200), filename: 'skyline.png', alt: '外滩天际线' })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({ mimeType: 'image/png', width: 2000, height: 1200, alt: '外滩天际线' })
    expect(typeof doc.url).toBe('string')

    const expected = { thumbnail: 320, card: 768, hero: 1600 } as const
    for (const [name, width] of Object.entries(expected)) {
      const height = Math.round((1200 * width) / 2000)
      expect(doc.sizes[name]).toMatchObject({ width, height, mimeType: 'image/png' })
      expect(doc.sizes[`${name}Webp`]).toMatchObject({ width, height, mimeType: 'image/webp' })
      expect(doc.sizes[`${name}Webp`].filename).toMatch(/\.webp$/)
    }

    // The variants really exist and really are what they claim: fetch one and look at it.
    const webp = await request(portal.app).get(doc.sizes.cardWebp.url).buffer(true)
    expect(webp.status).toBe(200)
    const meta = await sharp(webp.body as Buffer).metadata()
    expect(meta).toMatchObject({ format: 'webp', width: 768, height: 461 })

    const after = await stored()
    expect(after.docs).toBe(before.docs + 1)
    expect(after.files).toBe(before.files + 7) // original + 6 sizes
  })

  test('a small PDF is accepted', async () => {
    const before = await stored()
    const pdf = makePdf()
    const res = await upload({ data: pdf, filename: 'notice.pdf', alt: '通知原文' })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ mimeType: 'application/pdf', filename: 'notice.pdf', filesize: pdf.length })
    expect((await stored()).docs).toBe(before.docs + 1)

    const file = await request(portal.app).get(res.body.doc.url).buffer(true)
    expect(file.status).toBe(200)
    expect(Buffer.from(file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('a small animated GIF is accepted and keeps its frames', async () => {
    const frames = await Promise.all(
      ['#c00', '#0c0', '#00c'].map((background) =>
        sharp({ create: { width: 240, height: 120, channels: 3, background } }).png().toBuffer(),
      ),
    )
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer()
    const res = await upload({ data: gif, filename: 'banner.gif', alt: '动态横幅' })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ mimeType: 'image/gif', width: 240 })
    const original = await request(portal.app).get(res.body.doc.url).buffer(true)
    expect((await sharp(original.body as Buffer).metadata()).pages).toBe(3)
  })

  test('media is publicly readable', async () => {
    const res = await request(portal.app).get('/api/media')
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(res.body.docs.map((doc: { mimeType: string }) => doc.mimeType)).toEqual(
      expect.arrayContaining(['image/png', 'application/pdf']),
    )
  })
})

describe('refused uploads store nothing', () => {
  test('a text file named photo.png → 400 naming the mismatch', async () => {
    const res = await expectRejected(
      { data: Buffer.from('just some text, not an image at all\n'.repeat(20)), filename: 'photo.png', contentType: 'image/png' },
      400,
    )
    expect(errorMessage(res.body)).toMatch(/photo\.png/)
    expect(errorMessage(res.body)).toMatch(/image\/png/)
  })

  test('a PNG named doc.pdf → 400 naming the mismatch', async () => {
    const res = await expectRejected(
      { data: await makePng(40, 30), filename: 'doc.pdf', contentType: 'application/pdf' },
      400,
    )
    expect(errorMessage(res.body)).toMatch(/application\/pdf/)
    expect(errorMessage(res.body)).toMatch(/image\/png/)
  })

  test('a Windows executable (.exe) → 400', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(512)])
    const res = await expectRejected({ data: exe, filename: 'setup.exe', contentType: 'application/octet-stream' }, 400)
    expect(errorMessage(res.body)).not.toBe('')
  })

  test('an SVG (can carry script) → 400', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    const res = await expectRejected({ data: svg, filename: 'logo.svg', contentType: 'image/svg+xml' }, 400)
    expect(errorMessage(res.body)).not.toBe('')
  })

  test('an HTML page → 400', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
    const res = await expectRejected({ data: html, filename: 'page.html', contentType: 'text/html' }, 400)
    expect(errorMessage(res.body)).not.toBe('')
  })

  test('a file over 20 MB → 413', async () => {
    const big = Buffer.concat([makePdf(), Buffer.alloc(21 * 1024 * 1024, 0x20)])
    const res = await expectRejected({ data: big, filename: 'huge.pdf', contentType: 'application/pdf' }, 413)
    expect(errorMessage(res.body)).toMatch(/20 MB/)
  })

  test('a decompression bomb (60000×60000 PNG of 200 bytes) → 400 about megapixels, quickly', async () => {
    const bomb = makePngBomb(60_000, 60_000)
    expect(bomb.length).toBeLessThan(1024)
    const rssBefore = process.memoryUsage().rss
    const started = Date.now()
    const res = await expectRejected({ data: bomb, filename: 'bomb.png', contentType: 'image/png' }, 400)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(errorMessage(res.body)).toMatch(/megapixels/)
    expect(errorMessage(res.body)).toMatch(/60000×60000/)
    // Decoding 3.6 gigapixels would need gigabytes; the header check needs next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024)
  })

  test('an animated GIF bomb (3 frames of 5000×5000 in ~100 bytes) → 400 about megapixels', async () => {
    const bomb = makeGifBomb(5000, 5000, 3)
    expect(bomb.length).toBeLessThan(1024)
    const started = Date.now()
    const res = await expectRejected({ data: bomb, filename: 'animated.gif', contentType: 'image/gif' }, 400)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(errorMessage(res.body)).toMatch(/megapixels/)
    expect(errorMessage(res.body)).toMatch(/3 frames/)
  })

  test('replacing the file of existing media with a disguised file → 400, the media is unchanged', async () => {
    const created = await upload({ data: await makePng(400, 200), filename: 'original.png', alt: '原图' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const before = await request(portal.app).get(`/api/media/${id}`)

    const res = await request(portal.app)
      .patch(`/api/media/${id}`)
      .set('Authorization', editor.auth)
      .field('_payload', JSON.stringify({ alt: '替换' }))
      .attach('file', Buffer.from('<?php system($_GET["c"]); ?>'), { filename: 'replacement.png', contentType: 'image/png' })
    expect(res.status).toBe(400)
    expect(errorMessage(res.body)).toMatch(/replacement\.png/)

    const after = await request(portal.app).get(`/api/media/${id}`)
    expect(after.body).toEqual(before.body)
    const file = await request(portal.app).get(after.body.url).buffer(true)
    expect(file.status).toBe(200)
    expect((await sharp(file.body as Buffer).metadata()).width).toBe(400)
  })

  test('an image without alt text → 400 with a field error on alt', async () => {
    const res = await expectRejected({ data: await makePng(64, 48), filename: 'no-alt.png', alt: null }, 400)
    const errors = fieldErrors(res.body)
    expect(errors.map((error) => error.path)).toContain('alt')
  })

  test('an empty alt text → 400 with a field error on alt', async () => {
    const res = await expectRejected({ data: await makePng(64, 48), filename: 'empty-alt.png', alt: '' }, 400)
    expect(fieldErrors(res.body).map((error) => error.path)).toContain('alt')
  })

  test('an anonymous upload is refused', async () => {
    const res = await expectRejected({ data: await makePng(64, 48), filename: 'anon.png', auth: null }, 403)
    expect(errorMessage(res.body)).not.toBe('')
  })

  test('a translator (not an editor) cannot upload', async () => {
    const translator = await createStaff(portal, 'translator', { languages: ['en'] })
    await expectRejected({ data: await makePng(64, 48), filename: 'translator.png', auth: translator.auth }, 403)
  })
})
