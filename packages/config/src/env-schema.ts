import { z } from "zod";

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const commaList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.union([z.ipv4(), z.ipv6()])));

const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.url().optional());

/** Every variable the apps read. Names are part of the contract (`.env.example`, docs/operations.md). */
export const envSchema = z.object({
  APP_ENV: z.enum(["development", "test", "production"]),
  PORT: wholeNumber(1, 65535).default(3000),
  WORKER_PORT: wholeNumber(1, 65535).default(3001),

  DATABASE_URL: z.url().refine((url) => /^postgres(ql)?:\/\//.test(url), {
    message: "must be a postgresql:// URL",
  }),
  DATABASE_POOL_SIZE: wholeNumber(1, 100).default(10),
  /** A read replica for the admin dashboards and lists; they read DATABASE_URL when unset. */
  DATABASE_READ_URL: optionalUrl.refine((url) => url === undefined || /^postgres(ql)?:\/\//.test(url), {
    message: "must be a postgresql:// URL",
  }),
  REDIS_URL: optionalUrl.refine((url) => url === undefined || /^rediss?:\/\//.test(url), {
    message: "must be a redis:// or rediss:// URL",
  }),

  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)"),
  /** The app's public URL: its origin is the one cookie-authenticated calls must come from. */
  NEXTAUTH_URL: optionalUrl,
  /** A session ends this long after sign-in, however active (absolute lifetime). */
  AUTH_SESSION_MAX_HOURS: wholeNumber(1, 24 * 30).default(12),
  /** A session ends after this long without a request (idle timeout). */
  AUTH_SESSION_IDLE_MINUTES: wholeNumber(5, 24 * 60).default(30),
  BOOKING_HOLD_MINUTES: wholeNumber(1, 24 * 60).default(10),
  BOOKING_REFUND_WINDOW_HOURS: wholeNumber(0, 24 * 30).default(24),
  BOOKING_MAX_ACTIVE_HOLDS: wholeNumber(1, 50).default(3),

  /** Admins must turn on two-factor sign-in before any admin procedure answers; unset: on in production only. */
  AUTH_REQUIRE_ADMIN_MFA: z.enum(["true", "false", "1", "0"]).optional(),
  AUTH_RATE_LIMIT_BACKEND: z.enum(["memory", "redis", "upstash"]).optional(),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 24 * 3600).default(60),
  AUTH_RATE_LIMIT_REGISTER_REQUESTS: wholeNumber(1, 10_000).default(5),
  AUTH_RATE_LIMIT_LOGIN_REQUESTS: wholeNumber(1, 10_000).default(10),
  /** Sign-in attempts on one account, from anywhere: a slow-down over a short window, never a lock-out. */
  AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: wholeNumber(1, 10_000).default(5),
  AUTH_RATE_LIMIT_ACCOUNT_WINDOW_SECONDS: wholeNumber(1, 900).default(60),
  AUTH_RATE_LIMIT_MUTATION_REQUESTS: wholeNumber(1, 100_000).default(120),
  AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS: commaList,
  AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION: flag,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(),

  OUTBOX_MAX_RETRIES: wholeNumber(1, 100).default(5),
  OUTBOX_BATCH_SIZE: wholeNumber(1, 1_000).default(50),
  /** How long a worker's claim on a batch lasts; a crashed worker's batch is taken over after it. */
  OUTBOX_LEASE_SECONDS: wholeNumber(1, 60).default(30),
  /** The polling fallback's period, when no LISTEN/NOTIFY wake-up comes. */
  OUTBOX_POLL_INTERVAL_MS: wholeNumber(50, 60_000).default(2_000),
  SMTP_URL: optionalUrl.refine((url) => url === undefined || /^smtps?:\/\//.test(url), {
    message: "must be an smtp:// or smtps:// URL",
  }),
  MAIL_FROM: z.string().default("GuitarOnline <no-reply@guitaronline.dev>"),
});

export type RawEnv = z.infer<typeof envSchema>;
