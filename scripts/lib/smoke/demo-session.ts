/**
 * A program signing in to a running product as a person would, over plain HTTP: the csrf token,
 * the credentials callback, then tRPC calls with the session cookie.
 */
export class DemoSession {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = (await this.request("GET", "/api/auth/csrf").then((r) => r.json())) as { csrfToken: string };
    const callback = await this.request("POST", "/api/auth/callback/credentials", {
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(`sign-in as ${email} gave no session (HTTP ${callback.status})`);
    }
  }

  async query<T>(path: string, input?: unknown): Promise<T> {
    const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.result<T>(path, await this.request("GET", `/api/trpc/${path}${search}`));
  }

  async mutation<T>(path: string, input: unknown): Promise<T> {
    const body = JSON.stringify({ json: input });
    return this.result<T>(path, await this.request("POST", `/api/trpc/${path}`, { body, json: true }));
  }

  private async result<T>(path: string, response: Response): Promise<T> {
    const payload = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!response.ok || !payload.result) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(payload.error)}`);
    return payload.result.data.json;
  }

  private async request(method: string, path: string, options: { body?: string | URLSearchParams; json?: boolean } = {}) {
    const headers: Record<string, string> = {
      origin: this.baseUrl,
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    };
    if (options.json) headers["content-type"] = "application/json";
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: options.body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }
}
