import type { NextConfig } from "next";

// Validates the environment at build and start-up: a missing or weak setting stops here, with its name.
import "./src/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users outside the admin role.
  experimental: { authInterrupts: true },
};

export default nextConfig;
