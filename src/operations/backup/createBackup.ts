import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { backupFormat, describeFiles, listBackupFiles, type Manifest } from './manifest'
import { latestMigration, snapshotDatabase, sqliteFile } from './sqlite'
import { packFolder } from './tar'

export type BackupOptions = { databaseUrl: string; mediaDir: string; outDir: string }

const appVersion = (): string =>
  (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }).version

/** 2026-11-26T21:30:05.123Z -> 20261126T213005Z */
export const timestamp = (date = new Date()) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')

/**
 * Writes portal-backup-<time>.tar.gz: a consistent snapshot of the SQLite database, the media
 * folder, and manifest.json (checksums, app version, last migration). Safe while the portal runs.
 */
export const createBackup = async ({
  databaseUrl,
  mediaDir,
  outDir,
}: BackupOptions): Promise<{ archive: string; manifest: Manifest }> => {
  const database = sqliteFile(databaseUrl)
  if (!existsSync(database)) throw new Error(`There is no database at ${database} to back up.`)
  mkdirSync(outDir, { recursive: true })
  const staging = mkdtempSync(path.join(outDir, '.backup-'))
  try {
    const databaseName = path.basename(database)
    // The database first: media files are only ever added or removed, so files referenced by
    // the snapshot exist unless deleted in the seconds the copy takes.
    await snapshotDatabase(database, path.join(staging, databaseName))
    if (existsSync(mediaDir)) cpSync(mediaDir, path.join(staging, 'media'), { recursive: true })
    const manifest: Manifest = {
      format: backupFormat,
      createdAt: new Date().toISOString(),
      appVersion: appVersion(),
      migration: await latestMigration(path.join(staging, databaseName)),
      database: databaseName,
      files: await describeFiles(staging, listBackupFiles(staging, databaseName)),
    }
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const archive = path.resolve(outDir, `portal-backup-${timestamp()}.tar.gz`)
    // Written under a temporary name: an archive with the final name is always complete.
    packFolder(staging, `${archive}.partial`)
    renameSync(`${archive}.partial`, archive)
    return { archive, manifest }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
