import { headers } from 'next/headers'

/**
 * The site's origin for absolute URLs (canonical, hreflang, OpenGraph, JSON-LD): PUBLIC_URL when
 * set, as it should be in production, else the host the request came to.
 */
export const siteOrigin = async (): Promise<string> => {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, '')
  if (configured) return configured
  const list = await headers()
  const proto = list.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http'
  return `${proto}://${list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost'}`
}
