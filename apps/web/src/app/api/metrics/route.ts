import { metricsResponse, withRequestMetrics } from "@guitaronline/api";
import { webMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

export const GET = withRequestMetrics(webMetrics(), "/api/metrics", () => metricsResponse(webMetrics().registry));
