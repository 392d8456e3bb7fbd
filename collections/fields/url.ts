import type { TextField } from 'payload'

/** True for absolute http(s) URLs only: no javascript:, data:, ftp: or relative paths. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const { protocol, hostname } = new URL(value)
    return (protocol === 'http:' || protocol === 'https:') && hostname.length > 0
  } catch {
    return false
  }
}

type UrlFieldArgs = Pick<TextField, 'name' | 'label' | 'admin'> & { required?: boolean }

export const urlField = ({ required = false, ...rest }: UrlFieldArgs): TextField => ({
  ...rest,
  type: 'text',
  required,
  validate: (value: null | string | undefined) => {
    if (!value) return required ? 'This field is required.' : true
    return isHttpUrl(value) || 'Enter a full http:// or https:// address.'
  },
})
