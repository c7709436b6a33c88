import { describe, expect, it } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER, rateLimitKey } from "./client-ip.ts";

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

describe("rateLimitKey", () => {
  it("counts an IPv6 client by its /64, however the address is written", () => {
    const key = "2001:db8:0:1::/64";
    expect(rateLimitKey("2001:db8:0:1::1")).toBe(key);
    expect(rateLimitKey("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe(key);
    expect(rateLimitKey("2001:DB8:0:1:1234::")).toBe(key);
    expect(rateLimitKey("2001:db8:0:1::1%eth0")).toBe(key);
    expect(rateLimitKey("2001:db8:0:2::1")).not.toBe(key);
  });

  it("expands a short form and an embedded IPv4 tail", () => {
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("keeps IPv4 addresses and the unknown as they are", () => {
    expect(rateLimitKey("198.51.100.4")).toBe("198.51.100.4");
    expect(rateLimitKey("unknown")).toBe("unknown");
  });
});
