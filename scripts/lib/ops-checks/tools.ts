import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { runCaptured } from "@guitaronline/testbed/services";

/** The path of `name` on PATH, if installed. */
export function which(name: string): string | undefined {
  return (process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/** Runs a command and throws with its output when it exits non-zero. */
export async function mustSucceed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const { exitCode, output } = await runCaptured(command, args, options);
  if (exitCode !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${exitCode}:\n${output.trim()}`);
  return output;
}
