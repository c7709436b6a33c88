import type { AppRouter } from "@guitaronline/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";

/** A student's client of the running web app: `/api/trpc` over HTTP with their API token. */
export function webClient(webUrl: string, token: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${webUrl}/api/trpc`, transformer: superjson, headers: { authorization: `Bearer ${token}` } })],
  });
}

export type WebClient = ReturnType<typeof webClient>;

/** What a student's booking page does: hold the slot, then confirm the hold. */
export async function holdAndConfirmOverHttp(client: WebClient, slotId: string): Promise<void> {
  const held = await client.booking.hold.mutate({ slotId });
  await client.booking.confirm.mutate({ bookingId: held.id });
}
