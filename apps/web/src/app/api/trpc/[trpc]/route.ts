import { handleTrpcRequest, withRequestMetrics } from "@guitaronline/api";
import { apiDeps } from "@/server/api-deps";
import { webMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

const handler = withRequestMetrics(webMetrics(), "/api/trpc", (request) => handleTrpcRequest(request, apiDeps()));

export { handler as GET, handler as POST };
