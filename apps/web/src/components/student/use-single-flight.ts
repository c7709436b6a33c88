"use client";

import { useRef } from "react";

/**
 * Runs an action once at a time per key: a second click that lands before the button turns
 * disabled (React renders after the event) is dropped instead of sent.
 */
export function useSingleFlight() {
  const inFlight = useRef(new Set<string>());
  return async (key: string, action: () => Promise<unknown>) => {
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    try {
      await action();
    } catch {
      // The mutation's own error state shows what went wrong.
    } finally {
      inFlight.current.delete(key);
    }
  };
}
