import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Guardian {
  /** Stop `pid` with `signal` should this process die without releasing the guardian. */
  guard(pid: number, signal: NodeJS.Signals): void;
  /** A clean stop: the guardian leaves without touching anything. */
  release(): void;
}

/** Starts scripts/lib/guardian.mjs, which stops what it guards when this process dies hard. */
export function startGuardian(): Guardian {
  const script = fileURLToPath(new URL("./guardian.mjs", import.meta.url));
  const child = spawn(process.execPath, [script], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  child.unref();
  child.channel?.unref();
  return {
    guard: (pid, signal) => child.send({ type: "guard", pid, signal }),
    release: () => {
      if (!child.connected) return;
      child.send({ type: "release" });
      child.disconnect();
    },
  };
}
