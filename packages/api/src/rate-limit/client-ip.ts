import { isIP } from "node:net";

/** Set by apps/web/server.ts from the TCP connection, after dropping any a client sent. */
export const PEER_ADDRESS_HEADER = "x-guitaronline-peer-address";

const normalise = (address: string) => address.trim().replace(/^::ffff:/, "");

/**
 * The address to rate-limit by. `X-Forwarded-For` is believed only when the connection comes
 * from a trusted proxy, and then only up to the first hop that is not itself a trusted proxy.
 */
export function clientIp(headers: Headers, trustedProxies: readonly string[]): string {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER) ?? "");
  if (!peer) return "unknown";
  const trusted = new Set(trustedProxies.map(normalise));
  if (!trusted.has(peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!;
    if (!isIP(hop)) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}
