import { handleAuthRequest } from "@guitaronline/api";
import { apiDeps } from "@/server/api-deps";
import { authOptions } from "@/server/auth";

export const dynamic = "force-dynamic";

const handler = (request: Request) => handleAuthRequest(request, apiDeps(), authOptions());

export { handler as GET, handler as POST };
