/**
 * `npm run backup [-- --out DIR]` and `npm run restore -- <archive> [--force]` for the embedded
 * deployment (SQLite + local media folder). Reads DATABASE_URL, MEDIA_DIR, BACKUP_DIR and PORT
 * like the portal does.
 */
import path from 'node:path'

import { defaultDatabaseUrl } from '../../db/adapter'
import { createBackup } from './createBackup'
import { restoreBackup } from './restoreBackup'

const [command, ...args] = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')

const run = async () => {
  if (command === 'backup') {
    const outDir = path.resolve(option('--out') ?? (process.env.BACKUP_DIR || 'backups'))
    const { archive, manifest } = await createBackup({ databaseUrl, mediaDir, outDir })
    const media = manifest.files.length - 1
    console.log(
      `Backed up ${manifest.database} and ${media} media file(s) (migration ${manifest.migration ?? 'none'}) to ${archive}`,
    )
    return
  }
  if (command === 'restore') {
    const archive = args.find((arg) => !arg.startsWith('--'))
    if (!archive) throw new Error('Usage: npm run restore -- <backup.tar.gz> [--force]')
    const { manifest, keptDatabase, keptMedia } = await restoreBackup({
      archive: path.resolve(archive),
      databaseUrl,
      mediaDir,
      port: Number(process.env.PORT || 3000),
      force: args.includes('--force'),
    })
    console.log(
      `Restored the backup of ${manifest.createdAt} (app ${manifest.appVersion}, migration ${manifest.migration ?? 'none'}).`,
    )
    for (const kept of [keptDatabase, keptMedia].filter(Boolean))
      console.log(`The replaced data is kept as ${kept}; delete it once you are satisfied.`)
    return
  }
  throw new Error('Usage: run.ts backup [--out DIR] | run.ts restore <backup.tar.gz> [--force]')
}

await run().catch((error: Error) => {
  console.error(`${command === 'restore' ? 'Restore' : 'Backup'} failed: ${error.message}`)
  process.exit(1)
})
