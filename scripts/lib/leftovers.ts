// A start that was killed hard (SIGKILL, out of memory) may leave its PostgreSQL, web or worker
// running when the guardian could not stop them. The next start finds and stops them here.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { isRunning, readPostmasterPid } from "@guitaronline/testbed/services";

export interface StartedProcess {
  name: string;
  pid: number;
}


/** The command line of a running process, or undefined (Linux's /proc; elsewhere undefined). */
function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return undefined;
  }
}

async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  process.kill(pid, signal);
  const deadline = Date.now() + graceMs;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isRunning(pid)) process.kill(pid, "SIGKILL");
}

const runFile = (dataDir: string) => join(dataDir, "run", "processes.json");

/** Remembers what this start launched, with each command line, for the next start to check. */
export function rememberStarted(dataDir: string, started: StartedProcess[]): void {
  const path = runFile(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const records = started.map((item) => ({ ...item, commandLine: commandLineOf(item.pid) }));
  writeFileSync(path, JSON.stringify(records, null, 2) + "\n");
}

/**
 * Stops what an earlier start left running: the web and worker it recorded (only when the pid
 * still runs the same command line, so a recycled pid is never touched) and a PostgreSQL still
 * serving `postgresDir`. Returns one sentence per process it stopped.
 */
export async function stopLeftovers(dataDir: string, postgresDir: string): Promise<string[]> {
  const stopped: string[] = [];
  const path = runFile(dataDir);
  if (existsSync(path)) {
    const records = JSON.parse(readFileSync(path, "utf8")) as (StartedProcess & { commandLine?: string })[];
    for (const record of records) {
      if (!isRunning(record.pid) || commandLineOf(record.pid) !== record.commandLine) continue;
      await stopProcess(record.pid, "SIGTERM");
      stopped.push(`stopped the ${record.name} (pid ${record.pid}) left running by an earlier start`);
    }
  }
  const postmasterPid = readPostmasterPid(postgresDir);
  if (postmasterPid && isRunning(postmasterPid) && commandLineOf(postmasterPid)?.includes(postgresDir)) {
    // SIGINT is PostgreSQL's fast shutdown: it ends sessions and stops cleanly.
    await stopProcess(postmasterPid, "SIGINT");
    stopped.push(`stopped the PostgreSQL (pid ${postmasterPid}) left running on ${postgresDir} by an earlier start`);
  }
  return stopped;
}
