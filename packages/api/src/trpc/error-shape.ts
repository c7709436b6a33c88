import { DOMAIN_APP_CODES, DomainError, type DomainAppCode } from "@guitaronline/domain";
import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

/** The codes of failures that come from the wire and the guards rather than a domain rule. */
const TRANSPORT_APP_CODES = ["validation_failed", "unauthorized", "forbidden", "not_found", "rate_limited", "internal_error"] as const;

export type AppCode = DomainAppCode | (typeof TRANSPORT_APP_CODES)[number];

/** Every machine code a client can read from `error.data.appCode`. */
export const APP_CODES: readonly AppCode[] = [...new Set<AppCode>([...TRANSPORT_APP_CODES, ...DOMAIN_APP_CODES])];

/** The machine code a client reads from `error.data.appCode` for each failure. */
export function appCodeOf(error: TRPCError): AppCode {
  if (error.cause instanceof DomainError) return error.cause.appCode;
  if (error.cause instanceof ZodError) return "validation_failed";
  switch (error.code) {
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "PAYLOAD_TOO_LARGE":
      return "validation_failed";
    case "UNAUTHORIZED":
      return "unauthorized";
    case "FORBIDDEN":
      return "forbidden";
    case "NOT_FOUND":
      return "not_found";
    case "TOO_MANY_REQUESTS":
      return "rate_limited";
    default:
      return "internal_error";
  }
}

/** Field paths and messages of a validation failure, e.g. `{ "password": ["Too small…"] }`. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> | undefined {
  if (!(error.cause instanceof ZodError)) return undefined;
  const fields: Record<string, string[]> = {};
  for (const issue of error.cause.issues) {
    const path = issue.path.join(".") || "(input)";
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}
