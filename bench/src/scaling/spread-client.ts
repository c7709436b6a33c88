import type { AppRouter } from "@guitaronline/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";

/**
 * The web processes behind one public address, as a load balancer presents them: every request
 * names the public origin (what a browser sends), and goes to the next process in turn.
 */
export class WebFarm {
  private turn = 0;
  readonly requestsTo = new Map<string, number>();

  constructor(
    readonly publicUrl: string,
    readonly processUrls: string[],
  ) {
    for (const url of processUrls) this.requestsTo.set(url, 0);
  }

  /** Sends `path` (relative to the public URL) to the next process. */
  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const target = this.processUrls[this.turn++ % this.processUrls.length]!;
    this.requestsTo.set(target, this.requestsTo.get(target)! + 1);
    const headers = new Headers(init.headers);
    headers.set("origin", new URL(this.publicUrl).origin);
    return fetch(`${target}${path}`, { ...init, headers, redirect: "manual" });
  }
}

/** A person's session: signed in through one process, its cookie honoured by every other. */
export class SpreadSession {
  private cookie = "";
  readonly api;

  constructor(private readonly farm: WebFarm) {
    this.api = createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${farm.publicUrl}/api/trpc`,
          transformer: superjson,
          fetch: (input, init) => {
            const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
            headers.set("cookie", this.cookie);
            return farm.fetch(String(input).slice(farm.publicUrl.length), { ...(init as RequestInit), headers });
          },
        }),
      ],
    });
  }

  /** The credentials sign-in as the sign-in page posts it; throws unless a session cookie comes back. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.farm.fetch("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const callback = await this.farm.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    const session = callback.headers.getSetCookie().find((line) => line.split("=")[0]!.endsWith("next-auth.session-token"));
    if (!session) throw new Error(`sign-in as ${email} gave no session (HTTP ${callback.status})`);
    this.cookie = session.split(";")[0]!;
  }

  /** The session cookie, for a request of one's own (the live feed). */
  get sessionCookie(): string {
    return this.cookie;
  }
}
