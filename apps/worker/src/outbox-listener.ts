import { listenToChannel } from "@guitaronline/db";
import type { Logger } from "@guitaronline/observability";

/**
 * LISTENs for the `outbox_events` notification the insert trigger sends, and calls `onEvent`.
 * On a lost connection it reconnects; until then the dispatcher's polling covers.
 */
export function listenForOutboxEvents(databaseUrl: string, onEvent: () => void, log: Logger) {
  return listenToChannel(databaseUrl, "outbox_events", {
    onNotification: onEvent,
    onReconnect: onEvent,
    onLost: (error) => log.warn("outbox listener lost its connection; polling meanwhile", { error }),
  });
}
