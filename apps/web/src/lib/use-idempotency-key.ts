"use client";

import { useMemo, useRef } from "react";

/**
 * One idempotency key per intent. Asking the same again (a retry after an error or a lost answer)
 * sends the same key, so the server acts at most once and answers as it did; asking something
 * else, or anything after a success (`done`), is a new intent with a new key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ request: string; key: string }>(undefined);
  return useMemo(
    () => ({
      keyed<Request extends object>(request: Request): Request & { idempotencyKey: string } {
        const asked = JSON.stringify(request);
        if (last.current?.request !== asked) last.current = { request: asked, key: crypto.randomUUID() };
        return { ...request, idempotencyKey: last.current.key };
      },
      /** The intent is fulfilled: the next request starts a new one, even when it asks the same. */
      done() {
        last.current = undefined;
      },
    }),
    [],
  );
}
