"use client";

import type { TSchedulingOnSlotChangeEvent } from "@guitaronline/api";
import { useSession } from "next-auth/react";
import { useEffect, useRef } from "react";
import { trpc } from "./react";

/**
 * Calls `onChange` whenever a slot is published, deleted, held, booked or freed (of one teacher
 * when `teacherId` is given), and with `{ type: "resync" }` when changes may have been missed;
 * a page invalidates the queries it shows, e.g.
 * `useSlotChanges(() => void utils.scheduling.openSlots.invalidate())`. Listens only when signed in.
 */
export function useSlotChanges(
  onChange: (change: TSchedulingOnSlotChangeEvent) => void,
  { teacherId }: { teacherId?: string } = {},
) {
  const { status } = useSession();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  trpc.scheduling.onSlotChange.useSubscription(
    { teacherId },
    { enabled: status === "authenticated", onData: (change) => latest.current(change) },
  );
}
