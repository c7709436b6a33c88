import type { Logger } from "@guitaronline/observability";
import pg from "pg";

/**
 * LISTENs for the `outbox_events` notification the insert trigger sends, and calls `onEvent`.
 * On a lost connection it reconnects; until then the dispatcher's polling covers.
 */
export function listenForOutboxEvents(databaseUrl: string, onEvent: () => void, log: Logger) {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  async function connect() {
    if (closed) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", onEvent);
    next.on("error", (error) => {
      log.warn("outbox listener lost its connection; polling meanwhile", { error });
      void next.end().catch(() => undefined);
      schedule();
    });
    try {
      await next.connect();
      await next.query("LISTEN outbox_events");
      client = next;
    } catch (error) {
      log.warn("outbox listener could not connect; polling meanwhile", { error });
      schedule();
    }
  }

  function schedule() {
    client = undefined;
    if (!closed) retry = setTimeout(() => void connect(), 2_000);
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
