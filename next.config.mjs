import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // sharp and the database drivers stay native Node modules, not bundled.
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client', 'pg'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
