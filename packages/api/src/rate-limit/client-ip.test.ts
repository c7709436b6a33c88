import { describe, expect, it } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER } from "./client-ip.ts";

const request = (peer: string | undefined, forwardedFor?: string) => {
  const headers = new Headers();
  if (peer !== undefined) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("clientIp", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIp(request("198.51.100.4", "1.2.3.4"), [])).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientIp(request("198.51.100.4", "1.2.3.4"), ["10.0.0.1"])).toBe("198.51.100.4");
  });

  it("believes a trusted proxy, taking the nearest hop that is not itself trusted", () => {
    expect(clientIp(request("10.0.0.1", "6.6.6.6, 1.2.3.4, 10.0.0.2"), ["10.0.0.1", "10.0.0.2"])).toBe("1.2.3.4");
  });

  it("falls back to the peer when the forwarded chain holds garbage", () => {
    expect(clientIp(request("10.0.0.1", "not-an-ip"), ["10.0.0.1"])).toBe("10.0.0.1");
  });

  it("reads IPv4-mapped IPv6 peers as IPv4", () => {
    expect(clientIp(request("::ffff:127.0.0.1"), [])).toBe("127.0.0.1");
  });

  it("is 'unknown' when the server did not record the peer", () => {
    expect(clientIp(request(undefined, "1.2.3.4"), ["10.0.0.1"])).toBe("unknown");
  });
});
