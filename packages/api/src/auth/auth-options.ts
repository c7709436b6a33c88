import { authenticate, InvalidCredentials, InvalidMfaCode, mfaSecretBox, MfaRequired } from "@guitaronline/domain";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "../rate-limit/client-ip.ts";
import { domainDeps, type ApiDeps } from "../api-deps.ts";
import { limitSignIn, limitSignInCode } from "./auth-route.ts";
import { sameOriginPath } from "./callback-url.ts";
import { browserSessionIsLive, endBrowserSession, openBrowserSession } from "./browser-sessions.ts";

const ZCredentials = z.object({
  email: z.string().max(254),
  password: z.string().max(200),
  /** The second factor, for an account with it on: a TOTP code or a recovery code. */
  code: z
    .string()
    .max(40)
    .optional()
    .transform((code) => code?.trim() || undefined),
});

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    /** The user's session version when signed in; see principalForSession. */
    sv?: number;
    /** The server-side browser session; see browser-sessions.ts. */
    sid?: string;
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
    // The cookie lives as long as the session may; the server ends it sooner (idle, sign-out).
    session: { strategy: "jwt", maxAge: deps.config.AUTH_SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "e-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authenticator or recovery code", type: "text" },
        },
        async authorize(credentials, request) {
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) return null;
          const headers = new Headers(request.headers as Record<string, string>);
          await limitSignIn(deps, headers, parsed.data.email);
          if (parsed.data.code) await limitSignInCode(deps, parsed.data.email);
          const ip = clientIp(headers, deps.config.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS);
          try {
            const user = await authenticate(domainDeps(deps), { ip }, parsed.data, mfaSecretBox(deps.config.AUTH_SECRET));
            return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            if (error instanceof InvalidCredentials) return null;
            // next-auth answers `error: "mfa_required"` / `"invalid_mfa_code"`: the form asks for the code.
            if (error instanceof MfaRequired || error instanceof InvalidMfaCode) throw new Error(error.appCode);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // Only paths of this site: next-auth's own check lets `/\evil.example` through.
      redirect: ({ url, baseUrl }) => `${baseUrl}${sameOriginPath(url, baseUrl)}`,
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sid = await openBrowserSession(deps, user.id);
        } else if (!token.sid || !token.uid || !(await browserSessionIsLive(deps, token.sid, token.uid))) {
          // next-auth answers an empty session and clears the cookie.
          throw new Error("session ended");
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? "", role: token.role ?? "", name: token.name, email: token.email };
        return session;
      },
    },
    events: {
      // Signing out ends the session on the server too: the old cookie, replayed, is no session.
      async signOut({ token }) {
        if (token?.sid) await endBrowserSession(deps.db, token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") deps.log.info("session cookie refused", { reason: String(metadata) });
        else deps.log.error("next-auth error", { code, metadata });
      },
      warn: (code) => deps.log.warn("next-auth warning", { code }),
      debug: () => undefined,
    },
  };
}
