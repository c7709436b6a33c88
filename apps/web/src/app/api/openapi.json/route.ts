import { developerReference, openApiDocument, withRequestMetrics } from "@guitaronline/api";
import { webMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

let document: ReturnType<typeof openApiDocument> | undefined;

export const GET = withRequestMetrics(webMetrics(), "/api/openapi.json", () =>
  Response.json((document ??= openApiDocument(developerReference()))),
);
