import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTotals, playwrightTotals, summarise, vitestTotals } from "./test-report.ts";

async function reportFile(content: unknown) {
  const path = join(await mkdtemp(join(tmpdir(), "go-report-")), "report.json");
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe("test totals", () => {
  it("read vitest's counts, and count a run that failed without a failed test as a failure", async () => {
    const passing = await reportFile({
      numPassedTests: 7,
      numFailedTests: 0,
      numPendingTests: 1,
      numTodoTests: 1,
      numFailedTestSuites: 0,
      success: true,
    });
    expect(vitestTotals(passing)).toEqual({ runner: "vitest", passed: 7, failed: 0, skipped: 2 });
    const brokenFile = await reportFile({
      numPassedTests: 7,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      numFailedTestSuites: 2,
      success: false,
    });
    expect(vitestTotals(brokenFile).failed).toBe(2);
    // An unhandled error fails the run (exit code 1) even when every test passed.
    expect(vitestTotals(passing, 1)).toEqual({ runner: "vitest", passed: 7, failed: 1, skipped: 2 });
  });

  it("read Playwright's counts, flaky tests counting as failures", async () => {
    const path = await reportFile({ stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 }, errors: [] });
    expect(playwrightTotals(path)).toEqual({ runner: "playwright", passed: 3, failed: 2, skipped: 2 });
  });

  it("count a Playwright run that exited non-zero without a failed test as a failure", async () => {
    const allPassed = await reportFile({ stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] });
    expect(playwrightTotals(allPassed, 0)).toEqual({ runner: "playwright", passed: 3, failed: 0, skipped: 0 });
    expect(playwrightTotals(allPassed, 1)).toEqual({ runner: "playwright", passed: 3, failed: 1, skipped: 0 });
    // A run whose failed tests already count is not counted again for its exit code.
    const oneFailed = await reportFile({ stats: { expected: 3, unexpected: 1, flaky: 0, skipped: 0 }, errors: [] });
    expect(playwrightTotals(oneFailed, 1).failed).toBe(1);
  });

  it("count a runner that wrote no report as one failure", () => {
    expect(vitestTotals("/nonexistent/report.json").failed).toBe(1);
    expect(playwrightTotals("/nonexistent/report.json").failed).toBe(1);
  });

  it("end with one line summing every runner", () => {
    const summary = summarise([
      checkTotals("lint", 0),
      checkTotals("typecheck", 2),
      { runner: "vitest", passed: 10, failed: 0, skipped: 1 },
    ]);
    expect(summary.split("\n").at(-1)).toBe("11 passed, 1 failed, 1 skipped");
  });
});
