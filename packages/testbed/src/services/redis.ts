import { spawn, spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port.ts";

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * Redis for tests: REDIS_URL when set, else a throwaway `redis-server` on a free port when one is
 * installed, else undefined (Redis has no embedded form).
 */
export async function locateRedis(env = process.env): Promise<RunningRedis | undefined> {
  if (env.REDIS_URL) return { url: env.REDIS_URL, stop: async () => undefined };
  if (spawnSync("redis-server", ["--version"]).status !== 0) return undefined;
  const port = await freePort();
  const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  for (let attempt = 0; ; attempt++) {
    const ping = spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" });
    if (ping.stdout?.trim() === "PONG") break;
    if (attempt === 50) {
      await stop();
      throw new Error(`redis-server did not answer on port ${port}`);
    }
    await sleep(100);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
  };
}
