import type { NextConfig } from "next";

// Validates the environment at build and start-up: a missing or weak setting stops here, with its name.
import "./src/env";

const nextConfig: NextConfig = {
  // `next build` leaves a server that runs by itself (node .next/standalone/server.js, what `npm start` runs
  // and the container image holds): only the files the app needs, traced from this directory.
  output: "standalone",
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users outside the admin role.
  experimental: { authInterrupts: true },
};

export default nextConfig;
