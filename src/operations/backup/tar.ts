import { spawnSync } from 'node:child_process'

/** The system tar (GNU or busybox): present on every image the portal runs on. */
const tar = (args: string[]): void => {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  if (result.error) throw new Error(`tar could not run: ${result.error.message}`)
  if (result.status !== 0) throw new Error(result.stderr.trim().split('\n').at(-1) || `tar exited with ${result.status}`)
}

export const packFolder = (folder: string, archive: string) => tar(['-czf', archive, '-C', folder, '.'])

export const unpackArchive = (archive: string, folder: string) => tar(['-xzf', archive, '-C', folder])
