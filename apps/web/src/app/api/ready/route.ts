import { readinessResponse, withRequestMetrics } from "@guitaronline/api";
import { getDb } from "@/server/db";
import { webMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

export const GET = withRequestMetrics(webMetrics(), "/api/ready", () => readinessResponse(getDb()));
