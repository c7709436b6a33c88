import { pageContentSecurityPolicy, securityHeaders } from "@guitaronline/api/security-headers";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Every page gets a fresh nonce and a Content-Security-Policy naming it: Next.js reads the policy
 * from the request and puts the nonce on its own scripts, so only they run.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const production = process.env.APP_ENV === "production" || (!process.env.APP_ENV && process.env.NODE_ENV === "production");
  const policy = pageContentSecurityPolicy(nonce, { production, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Layouts cannot see the URL; a route guard reads it here to send the user back after sign-in.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ production }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: API routes and static files get their headers from server.ts.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
