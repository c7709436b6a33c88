import { NoActivePackage } from "@guitaronline/domain";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appCodeOf } from "./error-shape.ts";

describe("the app code a client reads for each failure", () => {
  it.each([
    ["BAD_REQUEST", "validation_failed"],
    ["PARSE_ERROR", "validation_failed"],
    ["PAYLOAD_TOO_LARGE", "validation_failed"],
    ["METHOD_NOT_SUPPORTED", "validation_failed"],
    ["UNSUPPORTED_MEDIA_TYPE", "validation_failed"],
    ["UNAUTHORIZED", "unauthorized"],
    ["FORBIDDEN", "forbidden"],
    ["NOT_FOUND", "not_found"],
    ["TOO_MANY_REQUESTS", "rate_limited"],
    ["SERVICE_UNAVAILABLE", "temporarily_unavailable"],
    ["INTERNAL_SERVER_ERROR", "internal_error"],
  ] as const)("%s travels as %s", (code, appCode) => {
    expect(appCodeOf(new TRPCError({ code }))).toBe(appCode);
  });

  it("a domain error keeps its own code, whatever tRPC code carries it", () => {
    expect(appCodeOf(new TRPCError({ code: "PRECONDITION_FAILED", cause: new NoActivePackage() }))).toBe("no_active_package");
  });
});
