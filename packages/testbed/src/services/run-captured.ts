import { spawn } from "node:child_process";

export interface CapturedRun {
  exitCode: number;
  /** Everything it printed, standard output and error interleaved as they came. */
  output: string;
}

/**
 * Runs a command to its end, collecting what it prints. A command that cannot start (not
 * installed, say) ends with exit code 1 and the reason as its output.
 */
export function runCaptured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CapturedRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ exitCode: 1, output: String(error) }));
    child.on("close", (code) => resolve({ exitCode: code ?? 1, output }));
  });
}
