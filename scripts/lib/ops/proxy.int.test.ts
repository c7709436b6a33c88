// The proxy profile's Caddyfile run by a real Caddy (Debian's caddy) in front of a stand-in web
// app: HTTPS on the public host, HTTP redirected, a client's forged X-Forwarded-For replaced by
// its real address (the one the app trusts from the proxy), the metrics kept inside.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, repoRoot } from "@guitaronline/testbed/services";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testsNeeding } from "../checks.ts";
import { stopChild } from "../child-processes.ts";
import { which } from "../ops-checks/tools.ts";

const caddy = testsNeeding(which("caddy"), "NO CADDY: apt-get install caddy", "the reverse-proxy tests are SKIPPED");

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request; HTTPS accepts Caddy's local CA for localhost, which no trust store holds. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const send = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { headers, rejectUnauthorized: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe.runIf(caddy.run)("the reverse proxy (ops/caddy/Caddyfile)", () => {
  let upstream: Server;
  let proxy: ChildProcess;
  let dir = "";
  let httpsUrl = "";
  let httpUrl = "";

  beforeAll(async () => {
    const caddyPath = caddy.found();
    // The stand-in web app answers with what it was told about the client.
    upstream = createServer((request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ path: request.url, forwardedFor: request.headers["x-forwarded-for"], forwardedProto: request.headers["x-forwarded-proto"] }));
    });
    upstream.listen(0, "127.0.0.1");
    await once(upstream, "listening");
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    httpsUrl = `https://localhost:${httpsPort}`;
    httpUrl = `http://localhost:${httpPort}`;
    dir = await mkdtemp(join(tmpdir(), "go-caddy-"));
    proxy = spawn(caddyPath, ["run", "--config", join(repoRoot, "ops", "caddy", "Caddyfile"), "--adapter", "caddyfile"], {
      env: {
        ...process.env,
        HOME: dir,
        XDG_DATA_HOME: join(dir, "data"),
        XDG_CONFIG_HOME: join(dir, "config"),
        PUBLIC_HOST: "localhost",
        HTTP_PORT: String(httpPort),
        HTTPS_PORT: String(httpsPort),
        UPSTREAM: `127.0.0.1:${(upstream.address() as { port: number }).port}`,
      },
      stdio: "ignore",
    });
    await vi.waitUntil(() => get(`${httpsUrl}/`).then((answer) => answer.status === 200, () => false), { timeout: 30_000, interval: 200 });
  });

  afterAll(async () => {
    if (proxy) await stopChild(proxy);
    upstream?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("serves the app over HTTPS and redirects HTTP to it", async () => {
    const answer = await get(`${httpsUrl}/en/bookings?x=1`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ path: "/en/bookings?x=1", forwardedProto: "https" });
    const plain = await get(`${httpUrl}/en/bookings`);
    expect(plain.status).toBe(308);
    // To the public host on the standard HTTPS port, where compose publishes it.
    expect(plain.headers.location).toMatch(/^https:\/\/localhost(:\d+)?\/en\/bookings$/);
  });

  it("tells the app the client's real address, whatever X-Forwarded-For the client sends", async () => {
    const answer = await get(`${httpsUrl}/api/trpc/identity.me`, { "x-forwarded-for": "203.0.113.66" });
    expect(JSON.parse(answer.body).forwardedFor).toBe("127.0.0.1");
  });

  it("keeps the metrics off the public URL", async () => {
    expect((await get(`${httpsUrl}/api/metrics`)).status).toBe(404);
    expect((await get(`${httpsUrl}/api/health`)).status).toBe(200);
  });
});
