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
  // A self-contained server bundle for the production image (the Dockerfile sets NEXT_OUTPUT).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingRoot: new URL("../../", import.meta.url).pathname,
  poweredByHeader: false,
};

export default nextConfig;
