/**
 * A live page's subscription to slot changes (`scheduling.onSlotChange`, server-sent events) on
 * one web process, read as raw text: what it has received so far, and a way to hang up.
 */
export async function subscribeToSlotChanges(processUrl: string, sessionCookie: string) {
  const hangUp = new AbortController();
  const input = encodeURIComponent(JSON.stringify({ json: {} }));
  const response = await fetch(`${processUrl}/api/trpc/scheduling.onSlotChange?input=${input}`, {
    headers: { cookie: sessionCookie, accept: "text/event-stream" },
    signal: hangUp.signal,
  });
  if (!response.ok || !response.body) throw new Error(`the live feed answered HTTP ${response.status}`);
  let received = "";
  const reading = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) received += decoder.decode(chunk as Uint8Array, { stream: true });
  })().catch(() => undefined);
  return {
    received: () => received,
    close: async () => {
      hangUp.abort();
      await reading;
    },
  };
}
