import { spawn } from "node:child_process";
import { once } from "node:events";
import { repoRoot } from "./migrate.ts";

export interface ProductProcess {
  /** Its process group's id (the pnpm process that leads it). */
  pid: number;
  /** What it printed, the last 200 lines. */
  output(): string;
  /** Resolves once `url` answers 2xx; throws with the output if the process exits or `timeoutMs` passes. */
  untilHealthy(url: string, timeoutMs?: number): Promise<void>;
  /** SIGTERM to the whole group, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const KEPT_LINES = 200;

/**
 * A package of the product started as production starts it, `pnpm --filter <name> start` (see
 * docker-compose.yml), whatever that script runs: in a process group of its own, so stopping it
 * reaches every process pnpm started.
 */
export function startProductProcess(packageName: string, env: Record<string, string | undefined>): ProductProcess {
  const child = spawn("pnpm", ["--filter", packageName, "start"], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > KEPT_LINES * 2) lines = lines.slice(-KEPT_LINES);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("error", (error) => lines.push(`${packageName} did not start: ${error.message}`));
  const exited = once(child, "exit").catch(() => undefined);
  const output = () => lines.slice(-KEPT_LINES).join("\n");
  /** Sends `signal` to every process of the group; false when none is left. */
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, signal);
      return true;
    } catch {
      return false;
    }
  };

  return {
    pid: child.pid!,
    output,
    async untilHealthy(url, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`${packageName} exited with ${child.exitCode} before ${url} answered:\n${output()}`);
        if ((await fetch(url).catch(() => undefined))?.ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`${packageName}: ${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
    },
    async stop(graceMs = 15_000) {
      // pnpm may exit before the process it started, which finishes its work first: wait for the group.
      signalGroup("SIGTERM");
      const deadline = Date.now() + graceMs;
      while (signalGroup(0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      signalGroup("SIGKILL");
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}
