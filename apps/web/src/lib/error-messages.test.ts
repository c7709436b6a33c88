import { readFileSync } from "node:fs";
import { APP_CODES } from "@guitaronline/domain";
import { describe, expect, it } from "vitest";

const catalog = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as { errors: Record<string, string> };

describe.each(["en", "ru"])("the %s message catalog", (locale) => {
  it("has a message for every app code the server sends", () => {
    const errors = catalog(locale).errors;
    expect(APP_CODES.filter((code) => !errors[code]?.trim())).toEqual([]);
  });
});
