import { readFileSync } from "node:fs";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ZIdentityUpdateProfileInput, ZSchedulingPreviewWeeklySlotsInput } from "./contracts.ts";

const packages = new URL("../../", import.meta.url);

/** The file a workspace package's export names, e.g. `@guitaronline/domain/password-policy`. */
function workspaceFile(specifier: string): URL {
  const [, name, subpath] = /^@guitaronline\/([^/]+)(\/.*)?$/.exec(specifier)!;
  const manifest = JSON.parse(readFileSync(new URL(`${name}/package.json`, packages), "utf8")) as { exports: Record<string, string> };
  return new URL(manifest.exports[`.${subpath ?? ""}`]!, new URL(`${name}/`, packages));
}

/** Every module the file loads, transitively: the files of this workspace and the outside packages. */
function importGraph(entry: URL) {
  const files = new Set<string>();
  const outside = new Set<string>();
  const visit = (file: URL) => {
    if (files.has(file.href)) return;
    files.add(file.href);
    const source = readFileSync(file, "utf8");
    const statements = source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm);
    for (const [, from, bare] of statements) {
      const specifier = from ?? bare;
      if (specifier!.startsWith(".")) visit(new URL(specifier!, file));
      else if (specifier!.startsWith("@guitaronline/")) visit(workspaceFile(specifier!));
      else outside.add(specifier!);
    }
  };
  visit(entry);
  return { files: [...files], outside: [...outside] };
}

describe("the contracts entry for the browser", () => {
  const graph = importGraph(new URL("contracts.ts", import.meta.url));

  it("loads zod and schema files only, none of the server", () => {
    expect(graph.outside).toEqual(["zod"]);
    const serverCode = graph.files.filter((file) => !/(\.types\.ts|schemas\.ts|types\.ts|contracts\.ts|zod-jitless\.ts|password-policy\.ts)$/.test(file));
    expect(serverCode).toEqual([]);
    expect(graph.files.length).toBeGreaterThan(40);
  });

  it("turns zod's eval off before any schema is built, for the page's CSP", () => {
    expect(z.config().jitless).toBe(true);
  });

  it("validates a form the way the procedure does", () => {
    expect(ZIdentityUpdateProfileInput.safeParse({ name: "  ", timezone: "Mars/Olympus" }).error?.issues.map((issue) => issue.path)).toEqual([
      ["name"],
      ["timezone"],
    ]);
    const pattern = { weekdays: [1], from: "20:00", to: "18:00", durationMinutes: 60, startDate: "2026-12-07", weeks: 1 };
    expect(ZSchedulingPreviewWeeklySlotsInput.safeParse(pattern).error?.issues[0]?.path).toEqual(["to"]);
  });
});
