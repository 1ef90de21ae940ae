import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: { unoptimized: false, remotePatterns: [] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
