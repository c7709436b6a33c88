import { aSlot } from "@guitaronline/testbed/testing";
import { describe, expect, it } from "vitest";
import { createAuthOptions } from "../auth/auth-options.ts";
import { AuthClient } from "../testing/auth-client.ts";
import { apiTestbed, aUser, clientFor, TEST_ORIGIN } from "../testing/harness.ts";
import { handleTrpcRequest, MAX_BATCH_CALLS } from "./trpc-handler.ts";

const testbed = apiTestbed();
const url = (path: string) => `${TEST_ORIGIN}/api/trpc/${path}`;

type Attempt = { method?: string; headers: Record<string, string | undefined>; body?: string | FormData };

async function trpc(path: string, init: Attempt) {
  const response = await handleTrpcRequest(new Request(url(path), { method: init.method ?? "POST", headers: init.headers as Record<string, string>, body: init.body }), testbed.deps);
  const payload = (await response.json()) as unknown;
  const first = (Array.isArray(payload) ? payload[0] : payload) as { error?: { json: { data: { appCode: string; code: string } } } };
  return { status: response.status, appCode: first.error?.json.data.appCode, code: first.error?.json.data.code };
}

const sessionVersion = async (userId: string) =>
  (await testbed.database.db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

/** A hold whose time ran out: booking.expireHolds would expire it. */
async function aStaleHold() {
  const teacher = await aUser(testbed.database.db, "TEACHER");
  const student = await aUser(testbed.database.db, "STUDENT");
  const slot = await aSlot(testbed.database.db, teacher.id);
  return testbed.database.db.booking.create({
    data: { studentId: student.id, slotId: slot.id, status: "HOLD", holdExpiresAt: new Date(Date.now() - 60_000) },
  });
}
const statusOf = async (bookingId: string) => (await testbed.database.db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status;

describe("cookie-authenticated calls come from the app's own pages (CSRF)", () => {
  it("a foreign Origin, a multipart form, a text/plain body or no Origin at all change nothing", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const form = new FormData();
    form.set("anything", "1");
    const attempts: Attempt[] = [
      { headers: { cookie: user.session.cookie, origin: "https://evil.example", "content-type": "application/json" }, body: "{}" },
      { headers: { cookie: user.session.cookie }, body: form },
      { headers: { cookie: user.session.cookie, origin: TEST_ORIGIN }, body: form },
      { headers: { cookie: user.session.cookie, origin: TEST_ORIGIN, "content-type": "text/plain" }, body: "{}" },
      { headers: { cookie: user.session.cookie, "content-type": "application/json" }, body: "{}" },
      { headers: { cookie: user.session.cookie, "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: "{}" },
      { headers: { cookie: user.session.cookie, origin: "null", "content-type": "application/json" }, body: "{}" },
    ];
    for (const attempt of attempts) {
      expect(await trpc("identity.signOutEverywhere", attempt), JSON.stringify(attempt.headers)).toMatchObject({
        status: 403,
        code: "FORBIDDEN",
        appCode: "forbidden",
      });
    }
    expect(await sessionVersion(user.id)).toBe(0);
  });

  it("the admin's no-input mutations cannot be triggered from another site either", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const hold = await aStaleHold();
    const form = new FormData();
    for (const path of ["booking.expireHolds", "billing.expirePackages", "admin.requeueDeadLetters"]) {
      expect(await trpc(path, { headers: { cookie: admin.session.cookie }, body: form })).toMatchObject({ status: 403, appCode: "forbidden" });
      expect(
        await trpc(path, { headers: { cookie: admin.session.cookie, origin: "https://evil.example", "content-type": "application/json" } }),
      ).toMatchObject({ status: 403, appCode: "forbidden" });
    }
    expect(await statusOf(hold.id)).toBe("HOLD");
  });

  it("a cross-site GET with the cookie is refused; the app's own GET and a typed-in address are not", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const get = (headers: Record<string, string>) => trpc("identity.me", { method: "GET", headers: { cookie: user.session.cookie, ...headers } });
    expect(await get({ "sec-fetch-site": "cross-site" })).toMatchObject({ status: 403, appCode: "forbidden" });
    expect(await get({ origin: "https://evil.example" })).toMatchObject({ status: 403 });
    expect(await get({ "sec-fetch-site": "same-origin" })).toMatchObject({ status: 200 });
    expect(await get({ "sec-fetch-site": "none" })).toMatchObject({ status: 200 });
  });

  it("the app's own JSON POST works, and so does a bearer-token call without any Origin", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const { token } = await clientFor(testbed.deps, user.session).identity.createApiToken.mutate({ name: "script" });
    const bearer = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    expect(await trpc("identity.createApiToken", { headers: bearer, body: JSON.stringify({ json: { name: "from a script" } }) })).toMatchObject({
      status: 200,
    });
    expect(await trpc("identity.signOutEverywhere", { headers: { ...bearer, cookie: user.session.cookie } })).toMatchObject({ status: 200 });
    expect(await sessionVersion(user.id)).toBe(1);
  });

  it("next-auth's own POSTs from another site are refused, on top of its CSRF token", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = new AuthClient(testbed.deps, createAuthOptions(testbed.deps));
    const form = new URLSearchParams({ csrfToken: await client.csrfToken(), email: user.email, password: user.password }).toString();
    const contentType = { "content-type": "application/x-www-form-urlencoded" };
    for (const headers of [{ ...contentType, origin: "https://evil.example" }, { ...contentType, origin: "" }, { ...contentType, origin: "", "sec-fetch-site": "same-site" }]) {
      const response = await client.send("POST", "/api/auth/callback/credentials", { body: form, headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(client.sessionCookie).toBeUndefined();
    expect(await client.send("POST", "/api/auth/callback/credentials", { body: form, headers: contentType })).toMatchObject({ status: 302 });
    expect(client.sessionCookie).toBeDefined();
  });
});

describe("batches and bodies are capped", () => {
  it(`a batch of 200 calls is refused whole with a 400, and none of it runs; ${MAX_BATCH_CALLS} are served`, async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    const hold = await aStaleHold();
    const headers = { cookie: admin.session.cookie, origin: TEST_ORIGIN, "content-type": "application/json" };
    const batch = (calls: number) => `${Array(calls).fill("booking.expireHolds").join(",")}?batch=1`;
    expect(await trpc(batch(200), { headers, body: "{}" })).toMatchObject({ status: 400, code: "BAD_REQUEST", appCode: "validation_failed" });
    expect(await statusOf(hold.id)).toBe("HOLD");
    expect(await trpc(batch(MAX_BATCH_CALLS), { headers, body: "{}" })).toMatchObject({ status: 200 });
    expect(await statusOf(hold.id)).toBe("EXPIRED");
  });

  it("a body over 100 kB is a 413 and changes nothing", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const headers = { cookie: user.session.cookie, origin: TEST_ORIGIN, "content-type": "application/json" };
    const body = JSON.stringify({ json: { name: "x".repeat(101 * 1024) } });
    expect(await trpc("identity.createApiToken", { headers, body })).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE", appCode: "validation_failed" });
    // The same without a Content-Length: counted as it arrives.
    const stream = new Blob([body]).stream();
    const response = await handleTrpcRequest(
      new Request(url("identity.createApiToken"), { method: "POST", headers, body: stream, duplex: "half" } as RequestInit),
      testbed.deps,
    );
    expect(response.status).toBe(413);
    expect(await testbed.database.db.apiToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
