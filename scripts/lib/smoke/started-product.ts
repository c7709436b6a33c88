import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { repoRoot } from "@guitaronline/testbed/services";
import { membersOfGroup, untilGroupEmpty, type GroupMember } from "./process-group.ts";

export interface StartSettings {
  dataDir: string;
  port: number;
  workerPort: number;
  postgresPort: number;
}

/**
 * README command 1, `npm start`, run as a person would in a terminal of their own: its own
 * process group (so "Ctrl-C" reaches the whole group), on an embedded database in `dataDir`.
 */
export class StartedProduct {
  readonly url: string;
  private output = "";
  private readonly child: ChildProcess;

  constructor(settings: StartSettings) {
    this.url = `http://localhost:${settings.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GUITARONLINE_DATA_DIR: settings.dataDir,
      PORT: String(settings.port),
      WORKER_PORT: String(settings.workerPort),
      EMBEDDED_POSTGRES_PORT: String(settings.postgresPort),
    };
    for (const name of ["DATABASE_URL", "REDIS_URL", "APP_ENV", "AUTH_SECRET", "NEXTAUTH_URL"]) delete env[name];
    this.child = spawn("npm", ["start"], { cwd: repoRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => (this.output += chunk.toString());
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
  }

  get log(): string {
    return this.output;
  }

  private get groupId(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves once the welcome is printed and /api/health answers; throws with the output if not. */
  async ready(timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`npm start exited with ${this.child.exitCode}:\n${this.tail()}`);
      if (this.output.includes("is running at") && (await fetch(`${this.url}/api/health`).catch(() => undefined))?.ok) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`npm start was not ready within ${timeoutMs / 1000} s:\n${this.tail()}`);
  }

  /** Ctrl-C in the terminal: SIGINT to the whole group; resolves with what is still running after. */
  async interrupt(): Promise<GroupMember[]> {
    const exited = this.child.exitCode === null ? once(this.child, "exit") : Promise.resolve();
    process.kill(-this.groupId, "SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    return untilGroupEmpty(this.groupId, 5_000);
  }

  /** SIGKILL to the members whose command line matches, as the OOM killer or `kill -9` would. */
  kill(...matching: RegExp[]): GroupMember[] {
    const victims = membersOfGroup(this.groupId).filter((member) => matching.some((re) => re.test(member.commandLine)));
    for (const victim of victims) process.kill(victim.pid, "SIGKILL");
    return victims;
  }

  remaining(timeoutMs: number): Promise<GroupMember[]> {
    return untilGroupEmpty(this.groupId, timeoutMs);
  }

  members(): GroupMember[] {
    return membersOfGroup(this.groupId);
  }

  /** Last resort after a failed check, so one failure does not leave servers behind. */
  forceStop(): void {
    for (const member of this.members()) process.kill(member.pid, "SIGKILL");
  }

  tail(lines = 40): string {
    return this.output.trimEnd().split("\n").slice(-lines).join("\n");
  }
}
