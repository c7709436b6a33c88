import { existsSync, readFileSync } from "node:fs";

export interface RunnerTotals {
  runner: string;
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Totals from vitest's JSON reporter. A run that wrote no report, or that exited non-zero
 * without a failed test (an unhandled error), counts as one failure.
 */
export function vitestTotals(reportPath: string, exitCode = 0): RunnerTotals {
  if (!existsSync(reportPath)) return { runner: "vitest", passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
    success: boolean;
  };
  // Failed files and unhandled errors fail the run without failing a test: count them too.
  const failedWithoutTest = report.numFailedTests === 0 && (!report.success || exitCode !== 0);
  const otherFailures = failedWithoutTest ? Math.max(1, report.numFailedTestSuites) : 0;
  return {
    runner: "vitest",
    passed: report.numPassedTests,
    failed: report.numFailedTests + otherFailures,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * Totals from Playwright's JSON reporter. A run that wrote no report, or that exited non-zero
 * without a failed test (a global setup, a web server or the runner itself failed), counts as one
 * failure.
 */
export function playwrightTotals(reportPath: string, exitCode = 0): RunnerTotals {
  if (!existsSync(reportPath)) return { runner: "playwright", passed: 0, failed: 1, skipped: 0 };
  const { stats, errors } = JSON.parse(readFileSync(reportPath, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const failed = stats.unexpected + stats.flaky + (errors?.length ?? 0);
  return {
    runner: "playwright",
    passed: stats.expected,
    failed: failed === 0 && exitCode !== 0 ? 1 : failed,
    skipped: stats.skipped,
  };
}

export function checkTotals(runner: string, exitCode: number): RunnerTotals {
  return { runner, passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
}

export function summarise(totals: RunnerTotals[]): string {
  const lines = totals.map(
    ({ runner, passed, failed, skipped }) =>
      `  ${runner.padEnd(12)} ${passed} passed, ${failed} failed, ${skipped} skipped`,
  );
  const sum = (key: "passed" | "failed" | "skipped") => totals.reduce((total, item) => total + item[key], 0);
  return [
    "",
    "Test totals by runner:",
    ...lines,
    "",
    `${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`,
  ].join("\n");
}
