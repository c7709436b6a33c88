import type { RunnerTotals } from "./test-report.ts";

export interface CheckRunner {
  totals: RunnerTotals;
  /** Runs one named check, prints ✓ or ✗ with its time or error, and counts it. */
  check(name: string, body: () => Promise<void>): Promise<boolean>;
  /** Counts a check that could not run, with a banner nobody can miss. */
  skip(name: string, reason: string): void;
}

export function loudBanner(message: string): string {
  const line = "!".repeat(Math.min(message.length, 100));
  return `\n${line}\n${message}\n${line}\n`;
}

/** The error's message, with its cause's (fetch says only "fetch failed"; the cause says why). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}

export function createCheckRunner(runner: string): CheckRunner {
  const totals: RunnerTotals = { runner, passed: 0, failed: 0, skipped: 0 };
  return {
    totals,
    async check(name, body) {
      const startedAt = performance.now();
      try {
        await body();
        totals.passed += 1;
        process.stdout.write(`  ✓ ${name} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)\n`);
        return true;
      } catch (error) {
        totals.failed += 1;
        process.stdout.write(`  ✗ ${name}\n    ${describeError(error).replace(/\n/g, "\n    ")}\n`);
        return false;
      }
    },
    skip(name, reason) {
      totals.skipped += 1;
      process.stdout.write(loudBanner(`SKIPPED: ${name}: ${reason}`));
    },
  };
}
