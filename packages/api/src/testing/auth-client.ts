import type { NextAuthOptions } from "next-auth";
import { handleAuthRequest } from "../auth/auth-route.ts";
import { PEER_ADDRESS_HEADER } from "../rate-limit/client-ip.ts";
import type { ApiDeps } from "../api-deps.ts";
import { TEST_ORIGIN } from "./harness.ts";

/**
 * A browser-like client of /api/auth/* that goes straight into the route handler: it keeps the
 * cookies it is given and sends its own Origin, as a page of the app would.
 */
export class AuthClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly deps: ApiDeps,
    private readonly options: NextAuthOptions,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get sessionCookie(): { cookie: string } | undefined {
    const name = [...this.cookies.keys()].find((cookie) => cookie.endsWith("next-auth.session-token"));
    return name && this.cookies.get(name) ? { cookie: `${name}=${this.cookies.get(name)}` } : undefined;
  }

  async csrfToken(): Promise<string> {
    const response = await this.send("GET", "/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** The portal's sign-in: a form POST to the credentials callback, answered with JSON. */
  async signIn(
    credentials: { email: string; password: string; code?: string },
    { ip = "203.0.113.9", path = "/api/auth/callback/credentials", contentType = "application/x-www-form-urlencoded" } = {},
  ): Promise<Response> {
    const fields = Object.entries(credentials).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const form = new URLSearchParams({ ...Object.fromEntries(fields), csrfToken: await this.csrfToken(), json: "true" });
    return this.send("POST", path, { body: form.toString(), headers: { "content-type": contentType, [PEER_ADDRESS_HEADER]: ip } });
  }

  async send(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    // An empty value leaves the header out.
    const headers = new Headers(Object.entries({ origin: TEST_ORIGIN, cookie: this.cookieHeader, ...init.headers }).filter(([, value]) => value));
    const response = await handleAuthRequest(new Request(`${TEST_ORIGIN}${path}`, { method, headers, body: init.body }), this.deps, this.options);
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }
}
