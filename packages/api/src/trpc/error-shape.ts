import { DomainError, type AppCode, type ErrorKind } from "@guitaronline/domain";
import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

// A domain error's kind is the tRPC code it travels as: this fails to compile if one is not.
export const trpcCodeOf = (kind: ErrorKind): TRPCError["code"] => kind;

/** The one map from a failure to the code a client reads from `error.data.appCode`. */
export function appCodeOf(error: TRPCError): AppCode {
  if (error.cause instanceof DomainError) return error.cause.appCode;
  if (error.cause instanceof ZodError) return "validation_failed";
  switch (error.code) {
    // A request the wire refuses (bad JSON, too large, a GET to a mutation, a body that is not
    // JSON) is the caller's to fix, like bad input.
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "PAYLOAD_TOO_LARGE":
    case "METHOD_NOT_SUPPORTED":
    case "UNSUPPORTED_MEDIA_TYPE":
      return "validation_failed";
    case "SERVICE_UNAVAILABLE":
      return "temporarily_unavailable";
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
