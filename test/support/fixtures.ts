/**
 * Shared helpers for the REST suites: staff accounts of each role, a source department to cite,
 * and files to upload (real images made with sharp, a hand-written PDF, a decompression bomb).
 */
import { deflateSync } from 'node:zlib'

import sharp from 'sharp'
import request from 'supertest'

import type { Role } from '../../src/access/roles'
import type { Portal } from './portal'

export type Id = number | string

export type StaffUser = { id: Id; email: string; password: string; role: Role; auth: string }

let userSerial = 0

/**
 * Creates a user of the given role through the Local API (creating users needs an admin) and
 * logs them in through REST; `auth` is the Authorization header value.
 */
export const createStaff = async (
  portal: Portal,
  role: Role,
  extra: { languages?: string[]; name?: string } = {},
): Promise<StaffUser> => {
  userSerial += 1
  const email = `${role}-${userSerial}-${Date.now()}@portal.test`
  const password = `pw-${role}-${userSerial}-secret`
  const user = await portal.payload.create({
    collection: 'users',
    data: { email, password, name: extra.name ?? `${role} ${userSerial}`, role, languages: extra.languages } as never,
    overrideAccess: true,
  })
  return { id: user.id, email, password, role, auth: await portal.login(email, password) }
}

let slugSerial = 0
/** A slug unique within this test file. */
export const uniqueSlug = (prefix = 'item'): string => {
  slugSerial += 1
  return `${prefix}-${slugSerial}-${Date.now().toString(36)}`
}

/** A source department (every news item, service and policy document cites one). */
export const createSource = async (portal: Portal, name = '上海市人民政府外事办公室'): Promise<Id> => {
  const source = await portal.payload.create({
    collection: 'sources',
    data: { name, slug: uniqueSlug('source') },
    overrideAccess: true,
  })
  return source.id
}

/** A service with all a partner gets for one: an online application that passed its check and an office. */
export const workPermitService = {
  title: '外国人工作许可',
  summary: '办理外国人来华工作许可',
  slug: 'work-permit',
  onlineApplication: { url: 'https://zwdt.sh.gov.cn/work-permit', lastCheck: { ok: true, httpStatus: 200 } },
  offices: [
    {
      name: '浦东受理点',
      address: '浦东新区合欢路2号',
      hours: '周一至周五 9:00-17:00',
      phone: '021-12345678',
      website: 'https://www.pudong.gov.cn',
      latitude: 31.22,
      longitude: 121.54,
    },
  ],
}

/** A real PNG: a colour gradient, so resizing has actual pixels to work on. */
export const makePng = async (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><rect x="${width / 4}" y="${height / 4}" width="${width / 2}" height="${height / 2}" fill="#e33"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer()

/** A minimal valid one-page PDF, written by hand with a correct cross-reference table. */
export const makePdf = (text = 'International Services Shanghai'): Buffer => {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer): number => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
const pngChunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares width×height
 * 1-bit grey pixels (60000×60000 = 3.6 gigapixels by default). The IDAT holds only the start
 * of the image data; anything that trusts the header and allocates the full frame would need
 * gigabytes, while a header check rejects it at once.
 */
export const makePngBomb = (width = 60_000, height = 60_000): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 0 // greyscale
  ihdr[10] = 0 // deflate
  ihdr[11] = 0 // adaptive filtering
  ihdr[12] = 0 // no interlace
  const rowBytes = 1 + Math.ceil(width / 8)
  const idat = deflateSync(Buffer.alloc(rowBytes * 16), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A minimal Lexical rich-text value with one paragraph. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

/** Field-level errors from Payload's error body: `errors[0].data.errors[]` as { path, message }. */
export const fieldErrors = (body: unknown): { path: string; message: string }[] => {
  const errors = (body as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] })?.errors
  return errors?.flatMap((error) => error.data?.errors ?? []) ?? []
}

/** The first error message of a Payload error body. */
export const errorMessage = (body: unknown): string =>
  (body as { errors?: { message?: string }[] })?.errors?.map((error) => error.message ?? '').join(' | ') ?? ''

/**
 * An animated GIF bomb: about a hundred bytes declaring `frames` frames of width×height pixels,
 * each with almost no image data. Decoded as an animation it is width×height×frames pixels,
 * while every single frame can stay under a per-frame pixel check.
 */
export const makeGifBomb = (width = 5000, height = 5000, frames = 3): Buffer => {
  const u16 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff])
  const parts: Buffer[] = [
    Buffer.from('GIF89a', 'latin1'),
    u16(width),
    u16(height),
    Buffer.from([0x80, 0x00, 0x00]), // global colour table of 2 entries, background 0
    Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff, 0xff]),
    // NETSCAPE2.0 application extension: loop forever, which makes it an animation.
    Buffer.from([0x21, 0xff, 0x0b]),
    Buffer.from('NETSCAPE2.0', 'latin1'),
    Buffer.from([0x03, 0x01, 0x00, 0x00, 0x00]),
  ]
  for (let frame = 0; frame < frames; frame += 1) {
    parts.push(
      Buffer.from([0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00]), // graphic control: 100 ms
      Buffer.from([0x2c]),
      u16(0),
      u16(0),
      u16(width),
      u16(height),
      Buffer.from([0x00]), // no local colour table
      // LZW, minimum code size 2: clear, index 0, end of information (the rest of the frame is missing).
      Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00]),
    )
  }
  parts.push(Buffer.from([0x3b]))
  return Buffer.concat(parts)
}

/**
 * A reviewer's approval of one language of one document, through the translation workflow
 * endpoint. A translator's save of a target language goes into the draft; approval is what makes
 * it the published text of that language.
 */
export const approveTranslation = async (
  portal: Portal,
  reviewer: StaffUser,
  collection: string,
  id: Id,
  locale: string,
): Promise<void> => {
  const res = await request(portal.app)
    .post(`/api/${collection}/${id}/translation/${locale}/approve`)
    .set('Authorization', reviewer.auth)
  if (res.status !== 200) {
    throw new Error(`approving ${collection} ${id} ${locale} failed: ${res.status} ${JSON.stringify(res.body)}`)
  }
}
