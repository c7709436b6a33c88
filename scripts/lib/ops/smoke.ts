// `pnpm ops smoke <url>`: what a release must answer before anyone calls it done: liveness,
// readiness, metrics, a real sign-in and a read as that person.
import type { CheckRunner } from "../checks.ts";
import { DemoSession } from "../smoke/demo-session.ts";

export interface SmokeTarget {
  url: string;
  /** Where the metrics answer; the reverse proxy keeps /api/metrics off the public URL. */
  metricsUrl?: string;
  email: string;
  password: string;
}

/**
 * `url` answers 200 with `expected` in its JSON, within `withinMs`: a process that has just started
 * may still be connecting to Redis (readiness "degraded" for its first second).
 */
async function expectJson(url: string, expected: Record<string, unknown>, withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const response = await fetch(url, { redirect: "manual" });
    const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    const mismatch = Object.entries(expected).find(([key, value]) => body?.[key] !== value);
    if (response.status === 200 && !mismatch) return;
    if (Date.now() > deadline) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs the smoke checks against `target` on the given runner; true when all passed. */
export async function smokeCheck(runner: CheckRunner, target: SmokeTarget): Promise<boolean> {
  const base = target.url.replace(/\/+$/, "");
  const results = [
    await runner.check(`${base}/api/health answers ok`, () => expectJson(`${base}/api/health`, { status: "ok" })),
    await runner.check(`${base}/api/ready answers ready`, () => expectJson(`${base}/api/ready`, { status: "ready" })),
  ];
  if (target.metricsUrl !== "none") {
    const metricsUrl = target.metricsUrl ?? `${base}/api/metrics`;
    results.push(
      await runner.check(`${metricsUrl} serves the web app's metrics`, async () => {
        const response = await fetch(metricsUrl);
        const text = await response.text();
        const missing = ["http_requests_total", "trpc_calls_total", "guitaronline_bookings"].filter((name) => !text.includes(`# TYPE ${name} `));
        if (response.status !== 200 || missing.length > 0) throw new Error(`HTTP ${response.status}, missing ${missing.join(", ") || "nothing"}`);
      }),
    );
  }
  results.push(
    await runner.check(`${target.email} signs in and reads their account and bookings`, async () => {
      const session = new DemoSession(base);
      await session.signIn(target.email, target.password);
      const me = await session.query<{ email: string }>("identity.me");
      if (me.email !== target.email) throw new Error(`identity.me answered ${me.email}`);
      const bookings = await session.query<{ items: unknown[] }>("booking.my", { limit: 5 });
      if (!Array.isArray(bookings.items)) throw new Error("booking.my answered without items");
    }),
  );
  return results.every(Boolean);
}
