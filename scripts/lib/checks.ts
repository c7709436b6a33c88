import type { RunnerTotals } from "./test-report.ts";

export interface CheckRunner {
  totals: RunnerTotals;
  /** Runs one named check, prints ✓ or ✗ with its time or error, and counts it. */
  check(name: string, body: () => Promise<void>): Promise<boolean>;
  /** Counts a check that could not run, with a banner nobody can miss. */
  skip(name: string, reason: string): void;
  /** A check whose tool is missing: skipped loudly, or failed under CI=true. */
  missing(name: string, missing: string): Promise<boolean>;
}

export function loudBanner(message: string): string {
  const line = "!".repeat(Math.min(message.length, 100));
  return `\n${line}\n${message}\n${line}\n`;
}

/**
 * Under CI=true every tool is installed (.ci/run installs them), so every check and test runs:
 * one whose tool is missing fails there, and elsewhere is skipped with a banner nobody can miss.
 */
export const inCi = process.env.CI === "true";

/** The failure of something that needs what `missing` says is missing, under CI=true. */
export const missingInCi = (missing: string) => new Error(`${missing}; under CI=true it must be there (.ci/run installs it)`);

/** The rule outside a check runner: under CI=true an error; elsewhere a loud banner, and on. */
export function skipLoudlyOrFailInCi(missing: string, skipped: string): void {
  if (inCi) throw missingInCi(missing);
  process.stdout.write(loudBanner(`${missing}: ${skipped}`));
}

/**
 * For a test file whose tests need a tool (`found`: its path, if installed). They run where it is
 * installed, and under CI=true, where `found()` fails them when it is not; elsewhere a missing
 * tool skips them with a loud banner.
 */
export function testsNeeding(found: string | undefined, missing: string, skipped: string): { run: boolean; found(): string } {
  if (!found && !inCi) skipLoudlyOrFailInCi(missing, skipped);
  return {
    run: Boolean(found) || inCi,
    found() {
      if (!found) throw missingInCi(missing);
      return found;
    },
  };
}

/** The error's message, with its cause's (fetch says only "fetch failed"; the cause says why). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}

export function createCheckRunner(runner: string): CheckRunner {
  const totals: RunnerTotals = { runner, passed: 0, failed: 0, skipped: 0 };
  const checks: CheckRunner = {
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
    async missing(name, missing) {
      if (inCi) return checks.check(name, () => Promise.reject(missingInCi(missing)));
      checks.skip(name, missing);
      return false;
    },
  };
  return checks;
}
