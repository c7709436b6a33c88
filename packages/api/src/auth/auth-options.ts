import { authenticate, InvalidCredentials } from "@guitaronline/domain";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "../rate-limit/client-ip.ts";
import type { ApiDeps } from "../trpc/context.ts";
import { limitSignIn } from "./auth-route.ts";

const ZCredentials = z.object({ email: z.string().max(254), password: z.string().max(200) });

/** Sessions last a week of inactivity at most, and are re-checked on every request. */
const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    /** The user's session version when signed in; see principalForSession. */
    sv?: number;
  }
}

declare module "next-auth" {
  interface User {
    role: string;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: string; name?: string | null; email?: string | null };
  }
}

export function createAuthOptions(deps: ApiDeps): NextAuthOptions {
  return {
    secret: deps.config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "e-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const headers = new Headers(request.headers as Record<string, string>);
          await limitSignIn(deps, headers, parsed.data.email);
          const ip = clientIp(headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS);
          try {
            const user = await authenticate(deps.db, parsed.data, { ip });
            return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            if (error instanceof InvalidCredentials) return null;
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? "", role: token.role ?? "", name: token.name, email: token.email };
        return session;
      },
    },
  };
}
