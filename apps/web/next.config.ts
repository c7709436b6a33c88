import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

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

export default withNextIntl(nextConfig);
