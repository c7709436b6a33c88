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

/**
 * What a rate limit counts an address as: an IPv4 address itself, an IPv6 address by its /64,
 * since one subscriber is routinely given a whole /64 and could otherwise rotate through it.
 */
export function rateLimitKey(address: string): string {
  const ip = address.split("%")[0]!;
  if (isIP(ip) !== 6) return address;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  // An embedded IPv4 address (…:1.2.3.4) stands for the last two groups.
  const tailWidth = tailGroups.reduce((width, group) => width + (group.includes(".") ? 2 : 1), 0);
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailWidth).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
