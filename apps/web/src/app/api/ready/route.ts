import { readinessResponse, withRequestMetrics } from "@guitaronline/api";
import { apiDeps } from "@/server/api-deps";
import { webMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

export const GET = withRequestMetrics(webMetrics(), "/api/ready", () => {
  const { db, redis } = apiDeps();
  return readinessResponse(db, redis);
});
