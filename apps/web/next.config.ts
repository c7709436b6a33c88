import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: [
    "@guitaronline/api",
    "@guitaronline/config",
    "@guitaronline/db",
    "@guitaronline/domain",
    "@guitaronline/observability",
  ],
  poweredByHeader: false,
};

export default nextConfig;
