import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { timestamp } from './createBackup'
import { manifestProblems, type Manifest } from './manifest'
import { integrityProblem, sqliteFile } from './sqlite'
import { unpackArchive } from './tar'

export type RestoreOptions = {
  archive: string
  databaseUrl: string
  mediaDir: string
  /** Where the portal would answer if it is running (its PORT). */
  port: number
  /** Replace the database even though the portal seems to be using it. */
  force: boolean
}

/** Refused: the message says why and what to do. */
export class RestoreError extends Error {}

/** Journal files beside a database: present while it is being written (or after a crash). */
const sidecars = (file: string) => ['-journal', '-wal', '-shm'].map((suffix) => `${file}${suffix}`)

const portalAnswers = (port: number) =>
  fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) })
    .then((res) => res.ok)
    .catch(() => false)

/**
 * Why the database looks in use, or null. A stopped portal or worker empties the write-ahead log
 * (closeDatabase); one with content means a process is using the database or was not stopped cleanly.
 */
const liveDatabase = async (file: string, port: number): Promise<string | null> => {
  if (await portalAnswers(port)) return `the portal answers on http://127.0.0.1:${port}/healthz`
  const journal = sidecars(file).find(
    (sidecar) => !sidecar.endsWith('-shm') && (statSync(sidecar, { throwIfNoEntry: false })?.size ?? 0) > 0,
  )
  return journal
    ? `${path.basename(journal)} holds writes not yet in the database (a process is using it, or it was not stopped cleanly)`
    : null
}

const moveAside = (target: string, stamp: string): string | null => {
  if (!existsSync(target)) return null
  const aside = `${target}.pre-restore-${stamp}`
  renameSync(target, aside)
  return aside
}

/**
 * Restores a backup made by createBackup over the embedded database and media folder. Checks
 * the whole archive (manifest, sizes, checksums, SQLite integrity) before touching anything,
 * refuses to replace a database the portal is using unless forced, and keeps what it replaces
 * as <name>.pre-restore-<time>.
 */
export const restoreBackup = async ({ archive, databaseUrl, mediaDir, port, force }: RestoreOptions) => {
  const database = sqliteFile(databaseUrl)
  if (!existsSync(archive)) throw new RestoreError(`There is no backup at ${archive}.`)
  mkdirSync(path.dirname(database), { recursive: true })
  // Unpacked beside the database, so the final step is a rename on the same file system.
  const staging = mkdtempSync(path.join(path.dirname(database), '.restore-'))
  try {
    try {
      unpackArchive(archive, staging)
    } catch (error) {
      throw new RestoreError(`${archive} is damaged or incomplete: ${(error as Error).message}. Nothing was changed.`)
    }
    const { manifest, problems } = await manifestProblems(staging)
    if (!manifest || problems.length > 0) {
      throw new RestoreError(`${archive} cannot be restored: ${problems.join('; ')}. Nothing was changed.`)
    }
    const integrity = await integrityProblem(path.join(staging, manifest.database))
    if (integrity) throw new RestoreError(`${archive} holds a damaged database (${integrity}). Nothing was changed.`)

    const live = await liveDatabase(database, port)
    if (live && !force) {
      throw new RestoreError(
        `${database} looks in use: ${live}. Stop the portal first (or pass --force to replace it anyway, then restart the portal at once). Nothing was changed.`,
      )
    }

    const stamp = timestamp()
    const keptDatabase = moveAside(database, stamp)
    // A write-ahead log left by a crash holds committed data: it stays paired with the kept copy.
    for (const sidecar of sidecars(database)) {
      if (existsSync(sidecar)) renameSync(sidecar, `${database}.pre-restore-${stamp}${sidecar.slice(database.length)}`)
    }
    renameSync(path.join(staging, manifest.database), database)
    const keptMedia = moveAside(mediaDir, stamp)
    const media = path.join(staging, 'media')
    if (existsSync(media)) cpSync(media, mediaDir, { recursive: true })
    else mkdirSync(mediaDir, { recursive: true })
    return { manifest, keptDatabase, keptMedia } satisfies {
      manifest: Manifest
      keptDatabase: string | null
      keptMedia: string | null
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
