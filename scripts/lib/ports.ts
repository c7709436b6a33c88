import { createServer } from "node:net";
import { StartFailure } from "./start-failure.ts";

/** True when nothing listens on `port` (any address), so a server of ours can take it. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** Refuses to go on when one of `ports` is taken, naming the variable that moves it. */
export async function requireFreePorts(ports: Record<string, number>): Promise<void> {
  for (const [variable, port] of Object.entries(ports)) {
    if (!(await portIsFree(port))) {
      throw new StartFailure(
        `port ${port} (${variable}) is taken by another program`,
        `stop that program (\`ss -ltnp 'sport = :${port}'\` shows which one) or choose another port: ${variable}=<port> npm start`,
      );
    }
  }
}
