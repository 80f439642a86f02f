import type { NextConfig } from "next";

// Validates the environment at build and start-up: a missing or weak setting stops here, with its name.
import "./src/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
