/**
 * Backup and restore of the embedded deployment (`npm run backup` / `npm run restore`): a
 * backup taken while the portal serves and writes brings back the content and media files after
 * they were changed and deleted; a damaged or incomplete archive, or a database still in use, is
 * refused before anything is touched. On PostgreSQL the README's pg_dump / pg_restore procedure
 * is run for real instead.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import request from 'supertest'

import { restoreBackup } from '../src/operations/backup/restoreBackup'
import { closeDatabase } from '../src/operations/shutdown'
import { createSource, makePng } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

const root = path.resolve(import.meta.dirname, '..')
const onSqlite = !process.env.TEST_DATABASE
const onPostgres = process.env.TEST_DATABASE === 'postgres'

let portal: Portal
const work = mkdtempSync(path.join(tmpdir(), 'portal-backup-test-'))

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  // Not portal.stop(): after a reconnect the PostgreSQL pool's end() waits for a client Payload never returns.
  await closeDatabase(portal.payload).catch(() => undefined)
  rmSync(work, { recursive: true, force: true })
})

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Runs the backup tool as `npm run backup|restore` does, without waiting synchronously (the portal keeps serving). */
const tool = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/operations/backup/run.ts', ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', BACKUP_DIR: path.join(work, 'backups'), ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (status) => resolve({ status, output }))
  })

/** Reconnects the in-test portal to its (restored) database, as a restart would. */
const reconnect = async () => {
  await portal.payload.db.init?.()
  await portal.payload.db.connect?.()
}

const createContent = async () => {
  const source = await createSource(portal)
  const news = await portal.payload.create({
    collection: 'news',
    data: { title: '备份前的新闻', slug: 'before-backup', source: source as never, _status: 'published' },
    overrideAccess: true,
  })
  const png = await makePng(640, 480)
  const media = await portal.payload.create({
    collection: 'media',
    data: { alt: '外滩' },
    file: { data: png, mimetype: 'image/png', name: 'bund.png', size: png.length },
    overrideAccess: true,
  })
  return { news, media }
}

;(onSqlite ? describe : describe.skip)('npm run backup / restore (SQLite and media folder)', () => {
  const databaseFile = () => process.env.DATABASE_URL!.slice('file:'.length)
  const mediaDir = () => process.env.MEDIA_DIR!
  let archive: string

  test('a backup taken while the portal runs brings back changed and deleted content and media', async () => {
    const { news, media } = await createContent()
    const server: Server = await new Promise((resolve) => {
      const listening = portal.app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    const port = String((server.address() as AddressInfo).port)
    const original = readFileSync(path.join(mediaDir(), media.filename!))
    const files = readdirSync(mediaDir()).sort()
    expect(files.length).toBeGreaterThan(1)

    // Editors keep writing while the backup runs.
    let writing = true
    const writes = (async () => {
      let written = 0
      while (writing) {
        await portal.payload.create({
          collection: 'topics',
          data: { name: `话题 ${written}`, slug: `topic-${written}` },
          overrideAccess: true,
        })
        written += 1
        // The SQLite driver answers synchronously: yield, or the backup's exit is never heard.
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      return written
    })()
    const backup = await tool(['backup'])
    writing = false
    expect(await writes).toBeGreaterThan(0)
    expect(backup.output).toMatch(new RegExp(`Backed up ${path.basename(databaseFile())} and ${files.length} media file\\(s\\)`))
    expect(backup.status).toBe(0)
    archive = backup.output.match(/ to (\S+\.tar\.gz)/)![1]
    const manifest = JSON.parse(spawnSync('tar', ['-xzOf', archive, './manifest.json'], { encoding: 'utf8' }).stdout)
    expect(manifest).toMatchObject({
      format: 'isp-backup/1',
      appVersion: expect.any(String),
      database: path.basename(databaseFile()),
    })
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual([
      path.basename(databaseFile()),
      ...files.map((name) => `media/${name}`),
    ])

    // Afterwards: the news is rewritten, the image deleted (its files too), something new added.
    await portal.payload.update({ collection: 'news', id: news.id, data: { title: '改过的标题' }, overrideAccess: true })
    await portal.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    await portal.payload.create({
      collection: 'news',
      data: { title: '备份后的新闻', slug: 'after-backup', source: news.source as never, _status: 'published' },
      overrideAccess: true,
    })
    expect(readdirSync(mediaDir())).toEqual([])

    // Not over the running portal…
    const refused = await tool(['restore', archive], { PORT: port })
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(/^Restore failed: /)
    expect(refused.output).toMatch(
      /looks in use: the portal answers on http:\/\/127\.0\.0\.1:\d+\/healthz\. Stop the portal first \(or pass --force/,
    )
    expect((await portal.payload.findByID({ collection: 'news', id: news.id, overrideAccess: true })).title).toBe('改过的标题')

    // Nor over a process that has the database open (a worker has no port to probe).
    const busy = await tool(['restore', archive], { PORT: '1' })
    expect(busy.status).toBe(1)
    expect(busy.output).toMatch(
      /-wal holds writes not yet in the database \(a process is using it, or it was not stopped cleanly\)/,
    )

    // …but once it is stopped.
    server.close()
    await closeDatabase(portal.payload)
    const restored = await tool(['restore', archive], { PORT: port })
    expect(restored.output).toMatch(/Restored the backup of .* \(app .*, migration .*\)\./)
    expect(restored.output).toMatch(/kept as .*\.pre-restore-\d{8}T\d{6}Z/)
    expect(restored.status).toBe(0)
    await reconnect()

    // The restored portal serves what was there at backup time.
    const api = request(portal.app)
    expect((await api.get(`/api/news/${news.id}?locale=zh`)).body.title).toBe('备份前的新闻')
    expect((await api.get('/api/news?where[slug][equals]=after-backup')).body.totalDocs).toBe(0)
    const image = await api.get(`/api/media/${media.id}`)
    expect(image.status).toBe(200)
    expect(readdirSync(mediaDir()).sort()).toEqual(files)
    const file = await api.get(`/api/media/file/${media.filename}`).buffer(true)
    expect(file.status).toBe(200)
    expect(sha256(file.body as Buffer)).toBe(sha256(original))
  })

  test('a damaged or incomplete backup is refused with a clear message, and nothing is changed', async () => {
    const before = sha256(readFileSync(databaseFile()))
    const variant = (name: string, change: (folder: string) => void) => {
      const folder = mkdtempSync(path.join(work, `${name}-`))
      spawnSync('tar', ['-xzf', archive, '-C', folder])
      change(folder)
      const damaged = path.join(work, `${name}.tar.gz`)
      spawnSync('tar', ['-czf', damaged, '-C', folder, '.'])
      return damaged
    }
    const truncated = path.join(work, 'truncated.tar.gz')
    copyFileSync(archive, truncated)
    truncateSync(truncated, Math.floor(statSync(archive).size / 2))
    const database = path.basename(databaseFile())
    const cases: [string, RegExp][] = [
      [truncated, /truncated\.tar\.gz is damaged or incomplete: .+\. Nothing was changed\./],
      [path.join(work, 'missing.tar.gz'), /There is no backup at .*missing\.tar\.gz/],
      [
        variant('no-manifest', (folder) => rmSync(path.join(folder, 'manifest.json'))),
        /cannot be restored: it has no manifest\.json/,
      ],
      [
        variant('no-database', (folder) => rmSync(path.join(folder, database))),
        new RegExp(`cannot be restored: ${database.replace(/\./g, '\\.')} is missing`),
      ],
      [
        variant('bad-media', (folder) => {
          const image = path.join(folder, 'media', 'bund.png')
          const bytes = readFileSync(image)
          bytes[bytes.length - 20] ^= 0xff
          writeFileSync(image, bytes)
        }),
        /cannot be restored: media\/bund\.png is damaged \(checksum mismatch\)\. Nothing was changed\./,
      ],
    ]
    for (const [damaged, message] of cases) {
      const restore = restoreBackup({
        archive: damaged,
        databaseUrl: process.env.DATABASE_URL!,
        mediaDir: mediaDir(),
        port: 1,
        force: false,
      })
      await expect(restore).rejects.toThrow(message)
    }
    expect(sha256(readFileSync(databaseFile()))).toBe(before)
  })

  test('the tools say what to use for a server database', async () => {
    const result = await tool(['backup'], { DATABASE_URL: 'postgres://portal:pw@127.0.0.1:1/portal' })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/For PostgreSQL use pg_dump \/ pg_restore, for MongoDB mongodump \/ mongorestore/)
  })
})

;(onPostgres ? describe : describe.skip)('pg_dump / pg_restore as the README describes (PostgreSQL)', () => {
  test('a dump taken while the portal runs restores changed and deleted content', async () => {
    const url = process.env.DATABASE_URL!
    const { news } = await createContent()
    const dump = path.join(work, 'portal.dump')
    const dumped = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, url], { encoding: 'utf8' })
    expect(dumped.stderr).toBe('')
    expect(dumped.status).toBe(0)

    await portal.payload.update({ collection: 'news', id: news.id, data: { title: '改过的标题' }, overrideAccess: true })
    await portal.payload.delete({ collection: 'news', where: { slug: { equals: 'before-backup' } }, overrideAccess: true })

    await closeDatabase(portal.payload)
    const restored = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, dump], {
      encoding: 'utf8',
    })
    expect(restored.stderr).toBe('')
    expect(restored.status).toBe(0)
    await reconnect()
    expect((await request(portal.app).get(`/api/news/${news.id}?locale=zh`)).body.title).toBe('备份前的新闻')
  })
})
