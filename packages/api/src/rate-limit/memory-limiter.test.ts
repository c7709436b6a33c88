import { describe, expect, it } from "vitest";
import { memoryLimiter } from "./memory-limiter.ts";

describe("the in-memory sliding window", () => {
  it("allows N in a window, refuses N+1 with the wait, and slides", async () => {
    let now = 1_000_000 * 60_000; // the start of a window
    const limiter = memoryLimiter({ prefix: "t", requests: 3, windowSeconds: 60 }, () => now);
    for (let attempt = 0; attempt < 3; attempt++) expect((await limiter.consume("a")).allowed).toBe(true);
    const refused = await limiter.consume("a");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await limiter.consume("b")).allowed).toBe(true);

    now += 60_000 + 20_000; // a third into the next window: two thirds of the old attempts still count
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(false);

    now += 120_000; // two windows on: nothing of the old attempts remains
    for (let attempt = 0; attempt < 3; attempt++) expect((await limiter.consume("a")).allowed).toBe(true);
  });

  it("rounds the previous window's weighted count down, as @upstash/ratelimit does", async () => {
    let now = 1_000_000 * 60_000;
    const limiter = memoryLimiter({ prefix: "t", requests: 3, windowSeconds: 60 }, () => now);
    for (let attempt = 0; attempt < 3; attempt++) expect((await limiter.consume("a")).allowed).toBe(true);
    now += 60_000 + 30_000; // 3 old attempts weighted ½ count as 1, not 2: two more are allowed
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(false);
  });
});
