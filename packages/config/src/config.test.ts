import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.ts";

const valid = {
  APP_ENV: "development",
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/guitaronline",
  AUTH_SECRET: "a-real-secret-that-is-long-enough-123456",
};

function problemsOf(env: Record<string, string | undefined>) {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable);
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("applies the documented defaults", () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({
      PORT: 3000,
      BOOKING_HOLD_MINUTES: 10,
      BOOKING_REFUND_WINDOW_HOURS: 24,
      OUTBOX_MAX_RETRIES: 5,
      AUTH_RATE_LIMIT_BACKEND: "memory",
      AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS: [],
      AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: 5,
      AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS: 60,
      AUTH_SESSION_MAX_HOURS: 12,
      AUTH_SESSION_IDLE_MINUTES: 30,
      isProduction: false,
    });
  });

  it("names a missing variable", () => {
    expect(problemsOf({ ...valid, DATABASE_URL: undefined })).toEqual(["DATABASE_URL"]);
  });

  it("names every bad variable at once", () => {
    expect(
      problemsOf({ ...valid, BOOKING_HOLD_MINUTES: "ten", PORT: "70000", APP_ENV: "staging" }).sort(),
    ).toEqual(["APP_ENV", "BOOKING_HOLD_MINUTES", "PORT"]);
  });

  it("puts the variable's name in the error message", () => {
    expect(() => parseConfig({ ...valid, BOOKING_REFUND_WINDOW_HOURS: "-1" })).toThrow(
      /BOOKING_REFUND_WINDOW_HOURS/,
    );
  });

  it("keeps the per-account sign-in window short: a slow-down, never a lock-out", () => {
    expect(problemsOf({ ...valid, AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS: "3600" })).toEqual([
      "AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS",
    ]);
  });

  it("refuses a short secret", () => {
    expect(problemsOf({ ...valid, AUTH_SECRET: "short" })).toEqual(["AUTH_SECRET"]);
  });

  it("refuses a trusted proxy list that holds something other than IP addresses", () => {
    expect(problemsOf({ ...valid, AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS: "10.0.0.1, proxy.local" })).toEqual([
      "AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS",
    ]);
    expect(
      parseConfig({ ...valid, AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS: "10.0.0.1, ::1" }).AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS,
    ).toEqual(["10.0.0.1", "::1"]);
  });

  it("treats NODE_ENV=production without APP_ENV as production", () => {
    expect(problemsOf({ ...valid, APP_ENV: undefined, NODE_ENV: "production" })).toContain("REDIS_URL");
  });
});

describe("production guards", () => {
  const production = {
    ...valid,
    APP_ENV: "production",
    REDIS_URL: "redis://127.0.0.1:6379",
    NEXTAUTH_URL: "https://school.example.com",
  };

  it("accepts a complete production configuration", () => {
    expect(parseConfig(production).AUTH_RATE_LIMIT_BACKEND).toBe("redis");
  });

  it("refuses the placeholder secret", () => {
    expect(problemsOf({ ...production, AUTH_SECRET: "change-me-to-a-long-random-string-please" })).toEqual([
      "AUTH_SECRET",
    ]);
  });

  it("refuses a missing or non-https NEXTAUTH_URL, so session cookies are secure", () => {
    expect(problemsOf({ ...production, NEXTAUTH_URL: undefined })).toEqual(["NEXTAUTH_URL"]);
    expect(problemsOf({ ...production, NEXTAUTH_URL: "http://school.example.com" })).toEqual(["NEXTAUTH_URL"]);
    expect(problemsOf({ ...valid, NEXTAUTH_URL: "http://localhost:3000" })).toEqual([]);
  });

  it("refuses the redis limiter without REDIS_URL", () => {
    expect(problemsOf({ ...production, REDIS_URL: undefined })).toEqual(["REDIS_URL"]);
  });

  it("refuses the in-memory limiter unless acknowledged", () => {
    expect(problemsOf({ ...production, AUTH_RATE_LIMIT_BACKEND: "memory" })).toEqual([
      "AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION",
    ]);
    const acknowledged = {
      ...production,
      AUTH_RATE_LIMIT_BACKEND: "memory",
      AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION: "true",
    };
    expect(parseConfig(acknowledged).AUTH_RATE_LIMIT_BACKEND).toBe("memory");
  });

  it("requires two-factor sign-in of admins in production unless told otherwise", () => {
    expect(parseConfig(production).AUTH_REQUIRE_ADMIN_MFA).toBe(true);
    expect(parseConfig({ ...production, AUTH_REQUIRE_ADMIN_MFA: "false" }).AUTH_REQUIRE_ADMIN_MFA).toBe(false);
    expect(parseConfig(valid).AUTH_REQUIRE_ADMIN_MFA).toBe(false);
    expect(parseConfig({ ...valid, AUTH_REQUIRE_ADMIN_MFA: "true" }).AUTH_REQUIRE_ADMIN_MFA).toBe(true);
  });

  it("requires the Upstash credentials for the upstash limiter", () => {
    expect(problemsOf({ ...production, AUTH_RATE_LIMIT_BACKEND: "upstash" }).sort()).toEqual([
      "UPSTASH_REDIS_REST_TOKEN",
      "UPSTASH_REDIS_REST_URL",
    ]);
  });
});
