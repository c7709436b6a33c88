import { EventEmitter, on } from "node:events";
import { listenToChannel, type ChannelListener } from "@guitaronline/db";
import type { Logger } from "@guitaronline/observability";
import { ZSlotChangeAnnouncement, type TSchedulingOnSlotChangeEvent } from "../routers/scheduling/on-slot-change.types.ts";

/** The channel the slots and bookings triggers NOTIFY on (see the slot_change_notifications migration). */
export const SLOT_CHANGES_CHANNEL = "slot_changes";

/** What a page hears: a slot's change, or `resync` when this process may have missed some. */
export type SlotChange = TSchedulingOnSlotChangeEvent;

const jsonOrNothing = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export interface SlotChangeFeed {
  /** The changes from now until `signal` aborts. */
  changes(signal: AbortSignal | undefined): AsyncGenerator<SlotChange>;
  /** How many subscriptions are open in this process now. */
  subscriberCount(): number;
  close(): Promise<void>;
}

/**
 * The process's one LISTEN connection for slot changes, opened at the first subscriber and
 * shared by all: each announcement is handed to every open subscription.
 */
export function slotChangeFeed(databaseUrl: string, log: Logger, { retryMs }: { retryMs?: number } = {}): SlotChangeFeed {
  const subscribers = new EventEmitter();
  subscribers.setMaxListeners(0);
  let listener: ChannelListener | undefined;
  const publish = (change: SlotChange) => subscribers.emit("change", change);

  const listen = () =>
    (listener ??= listenToChannel(
      databaseUrl,
      SLOT_CHANGES_CHANNEL,
      {
        onNotification: (payload) => {
          const announcement = ZSlotChangeAnnouncement.safeParse(jsonOrNothing(payload));
          if (announcement.success) publish({ type: "slot", ...announcement.data });
          else log.warn("slot change announcement not understood", { payload });
        },
        onReconnect: () => publish({ type: "resync" }),
        onLost: (error) => log.warn("slot change listener lost the database; reconnecting", { error }),
      },
      { retryMs },
    ));

  return {
    async *changes(signal) {
      listen();
      try {
        for await (const [change] of on(subscribers, "change", { signal })) yield change as SlotChange;
      } catch (error) {
        // The subscriber left: `on` ends by throwing an AbortError.
        if (!signal?.aborted) throw error;
      }
    },
    subscriberCount: () => subscribers.listenerCount("change"),
    async close() {
      await listener?.close();
      listener = undefined;
    },
  };
}
