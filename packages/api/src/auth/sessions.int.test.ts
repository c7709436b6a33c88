import { describe, expect, it } from "vitest";
import { AuthClient } from "../testing/auth-client.ts";
import { apiTestbed, aUser, clientFor, failureOf } from "../testing/harness.ts";
import { createAuthOptions } from "./auth-options.ts";

const MINUTE = 60_000;
const testbed = apiTestbed();

/** Moves a user's sessions `ms` into the past, as if that much time had gone by since their last request. */
async function age(userId: string, ms: number) {
  const db = testbed.database.db;
  for (const session of await db.authSession.findMany({ where: { userId } })) {
    const back = (date: Date) => new Date(date.getTime() - ms);
    await db.authSession.update({
      where: { id: session.id },
      data: { createdAt: back(session.createdAt), lastSeenAt: back(session.lastSeenAt), expiresAt: back(session.expiresAt) },
    });
  }
}

async function signedIn() {
  const user = await aUser(testbed.database.db, "STUDENT");
  const client = new AuthClient(testbed.deps, createAuthOptions(testbed.deps));
  expect((await client.signIn({ email: user.email, password: user.password })).status).toBe(200);
  return { user, client, cookie: client.sessionCookie! };
}
const me = (cookie: { cookie: string }) => clientFor(testbed.deps, cookie).identity.me.query();

describe("browser sessions end on the server", () => {
  it("signing out ends the session there too: the old cookie, replayed, is 401", async () => {
    const { user, client, cookie } = await signedIn();
    await expect(me(cookie)).resolves.toMatchObject({ id: user.id });
    const signOut = await client.send("POST", "/api/auth/signout", {
      body: new URLSearchParams({ csrfToken: await client.csrfToken(), json: "true" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(signOut.status).toBe(200);
    expect(client.sessionCookie).toBeUndefined();
    await expect(failureOf(me(cookie))).resolves.toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
    // next-auth's own session endpoint agrees, and clears the replayed cookie.
    const replay = await client.send("GET", "/api/auth/session", { headers: { cookie: cookie.cookie } });
    expect(await replay.json()).toEqual({});
    // Only the signed-out session ended (aUser's own test session is another).
    expect(await testbed.database.db.authSession.count({ where: { userId: user.id, endedAt: { not: null } } })).toBe(1);
  });

  it("a session left idle past the idle timeout ends; one in use does not", async () => {
    const { user, cookie } = await signedIn();
    for (let step = 0; step < 3; step++) {
      await age(user.id, 25 * MINUTE);
      await expect(me(cookie)).resolves.toMatchObject({ id: user.id });
    }
    await age(user.id, 31 * MINUTE);
    await expect(failureOf(me(cookie))).resolves.toMatchObject({ code: "UNAUTHORIZED" });
    // Ended for good: a request right after does not revive it.
    await expect(failureOf(me(cookie))).resolves.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a session ends at its absolute lifetime, however busy", async () => {
    const { user, cookie } = await signedIn();
    for (let elapsed = 0; elapsed < 12 * 60 - 25; elapsed += 25) {
      await age(user.id, 25 * MINUTE);
      await expect(me(cookie)).resolves.toMatchObject({ id: user.id });
    }
    await age(user.id, 26 * MINUTE);
    await expect(failureOf(me(cookie))).resolves.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a session cookie without a server-side session is no session", async () => {
    const { user, cookie } = await signedIn();
    await testbed.database.db.authSession.deleteMany({ where: { userId: user.id } });
    await expect(failureOf(me(cookie))).resolves.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
