import { runCaptured } from "@guitaronline/testbed/services";
import { loudBanner } from "./checks.ts";
import type { RunnerTotals } from "./test-report.ts";

// pnpm's words when it got no usable answer from the registry's audit endpoint (as opposed to an
// answer that lists advisories).
const UNREACHABLE = /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/;

/**
 * `pnpm audit --prod --audit-level high`: a high or critical advisory in a production dependency
 * fails the run. When the registry's audit endpoint cannot be reached (offline, or a registry
 * mirror without it), the check is skipped, loudly, and counted as skipped, never as passed.
 */
export async function auditProductionDependencies(cwd: string): Promise<RunnerTotals> {
  const { exitCode, output } = await runCaptured("pnpm", ["audit", "--prod", "--audit-level", "high"], { cwd, env: process.env });
  if (exitCode === 0) {
    process.stdout.write("No high or critical advisory in production dependencies.\n");
    return { runner: "audit", passed: 1, failed: 0, skipped: 0 };
  }
  if (UNREACHABLE.test(output)) {
    process.stdout.write(`${loudBanner("DEPENDENCY AUDIT SKIPPED: the registry's audit endpoint did not answer (see below).")}${output.trim()}\n\n`);
    return { runner: "audit", passed: 0, failed: 0, skipped: 1 };
  }
  process.stdout.write(`${output.trim()}\nA high or critical advisory affects a production dependency (above).\n`);
  return { runner: "audit", passed: 0, failed: 1, skipped: 0 };
}
