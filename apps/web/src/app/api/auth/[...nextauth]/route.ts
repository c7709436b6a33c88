import { withSignInRateLimit } from "@guitaronline/api";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { apiDeps } from "@/server/api-deps";
import { authOptions } from "@/server/auth";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

const nextAuth = (request: NextRequest, context: RouteContext) => NextAuth(request, context, authOptions());

export const GET = nextAuth;
export const POST = (request: NextRequest, context: RouteContext) => withSignInRateLimit(apiDeps(), nextAuth)(request, context);
