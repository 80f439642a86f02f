import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The bench builds this app in a temporary directory whose node_modules links to the project's: Turbopack
  // follows links only inside its root.
  turbopack: { root: "/" },
};

export default nextConfig;
