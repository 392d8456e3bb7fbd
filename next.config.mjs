import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // sharp and the database drivers stay native Node modules, not bundled.
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client', 'pg'],
  poweredByHeader: false,
  // Metadata (hreflang, canonical, OpenGraph) goes in <head> for every client, not streamed into
  // <body>: the site's page data is cached in memory, so waiting for it costs nothing.
  htmlLimitedBots: /.*/,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
