import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const backupFormat = 'isp-backup/1'

export type BackupFile = { path: string; bytes: number; sha256: string }

/** manifest.json at the root of every backup archive. */
export type Manifest = {
  format: typeof backupFormat
  createdAt: string
  appVersion: string
  /** Last migration applied to the database, null when its schema was pushed (development). */
  migration: string | null
  /** The database file, also listed in files. */
  database: string
  /** Every file in the archive but the manifest: the database and media/… */
  files: BackupFile[]
}

const sha256 = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

/** Every file under dir, as paths relative to root with forward slashes. */
const filesUnder = (root: string, dir: string): string[] =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
        .filter((name) => statSync(path.join(root, name)).isFile())
        .sort()
    : []

export const describeFiles = async (root: string, names: string[]): Promise<BackupFile[]> =>
  Promise.all(
    names.map(async (name) => ({
      path: name,
      bytes: statSync(path.join(root, name)).size,
      sha256: await sha256(path.join(root, name)),
    })),
  )

export const listBackupFiles = (root: string, database: string): string[] => [database, ...filesUnder(root, 'media')]

const safePath = (name: string) => !path.posix.isAbsolute(name) && !name.split('/').includes('..')

/** Why an unpacked backup cannot be restored (one sentence per problem), or nothing. */
export const manifestProblems = async (root: string): Promise<{ manifest: Manifest | null; problems: string[] }> => {
  const file = path.join(root, 'manifest.json')
  if (!existsSync(file))
    return { manifest: null, problems: ['it has no manifest.json: it is not a portal backup, or it is incomplete'] }
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  } catch {
    return { manifest: null, problems: ['its manifest.json is not valid JSON'] }
  }
  if (manifest.format !== backupFormat || !Array.isArray(manifest.files) || typeof manifest.database !== 'string') {
    return { manifest: null, problems: [`its manifest is not a ${backupFormat} manifest`] }
  }
  const problems: string[] = []
  if (!manifest.files.some((entry) => entry.path === manifest.database)) problems.push('its manifest lists no database file')
  for (const entry of manifest.files) {
    const at = path.join(root, entry.path)
    if (!safePath(entry.path)) problems.push(`${entry.path} points outside the backup`)
    else if (!existsSync(at)) problems.push(`${entry.path} is missing`)
    else if (statSync(at).size !== entry.bytes) problems.push(`${entry.path} has ${statSync(at).size} bytes, not ${entry.bytes}`)
    else if ((await sha256(at)) !== entry.sha256) problems.push(`${entry.path} is damaged (checksum mismatch)`)
  }
  const listed = new Set(manifest.files.map((entry) => entry.path))
  for (const name of listBackupFiles(root, manifest.database).filter(
    (name) => !listed.has(name) && existsSync(path.join(root, name)),
  )) {
    problems.push(`${name} is not in the manifest`)
  }
  return { manifest, problems }
}
