import type { NextConfig } from 'next';

/**
 * Nothing pps-kit-specific: the packages are ESM with `'use client'` where it belongs, so a
 * server component imports them as Next imports any client library.
 */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default config;
