import type { TextField } from 'payload'

const loopbackHosts = ['localhost', '127.0.0.1', '[::1]']

/** True for a browser origin as browsers send it: https://host[:port], http:// only on loopback, no path. */
export const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value)
    if (url.origin !== value) return false
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.includes(url.hostname))
  } catch {
    return false
  }
}

/** A list of browser origins (CORS), each checked on save. */
export const originsField = ({ name, admin }: Pick<TextField, 'name' | 'admin'>): TextField => ({
  name,
  type: 'text',
  hasMany: true,
  admin,
  validate: (value: null | string[] | undefined) => {
    const bad = value?.find((origin) => !isOrigin(origin))
    return (
      bad === undefined ||
      `"${bad}" is not an origin. Write it as https://host or https://host:port (no path, no trailing slash, lower case); http:// only for localhost.`
    )
  },
})
