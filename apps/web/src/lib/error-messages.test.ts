import { readFileSync } from "node:fs";
import { APP_CODES } from "@guitaronline/domain";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };

const catalog = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as Messages;

/** Every message of a catalog by its dotted key, e.g. `book.hold`. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

const en = flatten(catalog("en"));
const ru = flatten(catalog("ru"));

describe.each([
  ["en", en],
  ["ru", ru],
])("the %s message catalog", (_locale, messages) => {
  it("has a message for every app code the server sends", () => {
    expect(APP_CODES.filter((code) => !messages.get(`errors.${code}`)?.trim())).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...messages].filter(([, message]) => !message.trim()).map(([key]) => key)).toEqual([]);
  });
});

describe("English and Russian", () => {
  it("have the same keys: none is missing in either language", () => {
    expect([...en.keys()].filter((key) => !ru.has(key))).toEqual([]);
    expect([...ru.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

});
