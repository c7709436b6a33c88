import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";

export interface Service {
  name: string;
  child: ChildProcess;
  /** Where its output went: read it when it fails. */
  logPath: string;
  stop(): Promise<void>;
  /** Sends `signal` to the whole group and returns at once. */
  signal(signal: NodeJS.Signals): void;
}

/**
 * Runs a package's own npm script (`npm run start` in apps/web), as an operator would, in a process
 * group of its own so that stopping it stops npm, the shell and the server under them together.
 */
export function runPackageScript(name: string, script: string, { cwd, env, logPath }: { cwd: string; env: NodeJS.ProcessEnv; logPath: string }): Service {
  const log = createWriteStream(logPath);
  const child = spawn("npm", ["run", "--silent", script], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = once(child, "exit");
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  return {
    name,
    child,
    logPath,
    signal: signalGroup,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup("SIGTERM");
        const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // A server that outlived npm (npm exits first on SIGTERM) still belongs to the group.
      signalGroup("SIGKILL");
      log.end();
    },
  };
}

/** Polls `url` until it answers 2xx; fails early when the service exits, or after `timeoutMs`. */
export async function untilAnswering(service: Service, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`the ${service.name} exited with code ${service.child.exitCode}: see ${service.logPath}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the ${service.name} did not answer ${url} within ${timeoutMs / 1000} s: see ${service.logPath}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
