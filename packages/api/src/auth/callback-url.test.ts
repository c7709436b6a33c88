import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./callback-url.ts";

const origin = "https://school.example";

describe("sameOriginPath", () => {
  it.each([
    "/\\evil.example",
    "/%5Cevil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "https://school.example.evil.example/x",
    "/\tevil",
    "/%09/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "http://school.example/x",
    "%",
  ])("refuses %j", (target) => {
    expect(sameOriginPath(target, origin)).toBe("/");
  });

  it.each([
    ["/book", "/book"],
    ["/bookings?status=HOLD#top", "/bookings?status=HOLD#top"],
    ["https://school.example/account", "/account"],
    ["https://school.example", "/"],
    [undefined, "/"],
  ])("keeps %j as %j", (target, path) => {
    expect(sameOriginPath(target, origin)).toBe(path);
  });

  it("needs no origin for a plain path", () => {
    expect(sameOriginPath("/teach")).toBe("/teach");
    expect(sameOriginPath("//evil.example")).toBe("/");
  });
});
