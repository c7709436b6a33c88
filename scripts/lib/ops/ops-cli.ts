import { fileURLToPath } from "node:url";
import { runCaptured, type CapturedRun } from "@guitaronline/testbed/services";

const opsScript = fileURLToPath(new URL("../../ops.ts", import.meta.url));

/** Runs `pnpm ops <args>` as a person would (through tsx), for the tests of the commands. */
export function runOpsCommand(args: string[], env: Record<string, string> = {}): Promise<CapturedRun> {
  return runCaptured(process.execPath, ["--import", "tsx", opsScript, ...args], { env: { ...process.env, ...env } });
}
