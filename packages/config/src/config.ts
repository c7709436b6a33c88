import { type z } from "zod";
import { envSchema, type RawEnv } from "./env-schema.ts";

export type RateLimitBackend = "memory" | "redis" | "upstash";

export type AppConfig = Omit<RawEnv, "AUTH_RATE_LIMIT_BACKEND" | "AUTH_REQUIRE_ADMIN_MFA"> & {
  AUTH_RATE_LIMIT_BACKEND: RateLimitBackend;
  AUTH_REQUIRE_ADMIN_MFA: boolean;
  isProduction: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      "Invalid configuration:\n" +
        problems.map(({ variable, message }) => `  - ${variable}: ${message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** Secrets copied from `.env.example` unchanged: never acceptable in production. */
const PLACEHOLDER_SECRET = /^change-me/i;

/**
 * Parses and validates the environment once. Throws a ConfigError naming every bad variable;
 * in production it also refuses settings that are only safe on a developer's machine.
 */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const input = {
    ...env,
    APP_ENV: env.APP_ENV ?? (env.NODE_ENV === "production" ? "production" : "development"),
  };
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(toProblem));

  const raw = parsed.data;
  const isProduction = raw.APP_ENV === "production";
  const config: AppConfig = {
    ...raw,
    AUTH_RATE_LIMIT_BACKEND: raw.AUTH_RATE_LIMIT_BACKEND ?? (isProduction ? "redis" : "memory"),
    AUTH_REQUIRE_ADMIN_MFA:
      raw.AUTH_REQUIRE_ADMIN_MFA === undefined ? isProduction : ["true", "1"].includes(raw.AUTH_REQUIRE_ADMIN_MFA),
    isProduction,
  };
  const problems = [...productionProblems(config), ...backendProblems(config)];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function toProblem(issue: z.core.$ZodIssue) {
  const variable = String(issue.path[0] ?? "(environment)");
  const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
  return { variable, message };
}

function productionProblems(config: AppConfig) {
  if (!config.isProduction) return [];
  const problems: { variable: string; message: string }[] = [];
  if (PLACEHOLDER_SECRET.test(config.AUTH_SECRET)) {
    problems.push({ variable: "AUTH_SECRET", message: "is the placeholder from .env.example; set a real secret" });
  }
  if (!config.NEXTAUTH_URL?.startsWith("https://")) {
    problems.push({
      variable: "NEXTAUTH_URL",
      message: "must be the app's https:// URL in production (session cookies are sent over https only)",
    });
  }
  if (config.AUTH_RATE_LIMIT_BACKEND === "memory" && !config.AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION) {
    problems.push({
      variable: "AUTH_RATE_LIMIT_ALLOW_IN_MEMORY_IN_PRODUCTION",
      message:
        "must be true to use the in-memory rate limiter in production (it is per process: use redis for more than one)",
    });
  }
  return problems;
}

function backendProblems(config: AppConfig) {
  const problems: { variable: string; message: string }[] = [];
  if (config.AUTH_RATE_LIMIT_BACKEND === "redis" && !config.REDIS_URL) {
    problems.push({ variable: "REDIS_URL", message: "is required when AUTH_RATE_LIMIT_BACKEND is redis" });
  }
  if (config.AUTH_RATE_LIMIT_BACKEND === "upstash") {
    for (const variable of ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"] as const) {
      if (!config[variable]) {
        problems.push({ variable, message: "is required when AUTH_RATE_LIMIT_BACKEND is upstash" });
      }
    }
  }
  return problems;
}

let loaded: AppConfig | undefined;

/** The process's configuration, parsed from process.env on first use. */
export function getConfig(): AppConfig {
  loaded ??= parseConfig(process.env);
  return loaded;
}
