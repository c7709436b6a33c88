import { describe, expect, it } from "vitest";
import { handleTrpcRequest } from "../http/trpc-handler.ts";
import { aUser, apiTestbed, clientFor, failureOf, TEST_ORIGIN, testConfig } from "../testing/harness.ts";
import { createAuthRateLimits } from "./auth-limits.ts";

const testbed = apiTestbed();

describe("each signed-in user's budget of changes", () => {
  function withBudget(requests: number) {
    const config = testConfig(testbed.database.url, { AUTH_RATE_LIMIT_MUTATION_REQUESTS: String(requests), AUTH_RATE_LIMIT_WINDOW_SECONDS: "60" });
    return { ...testbed.deps, config, rateLimits: createAuthRateLimits(config) };
  }

  it("the change after the budget is 429 rate_limited and changes nothing; reads go on", async () => {
    const deps = withBudget(3);
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(deps, user.session);
    for (const name of ["one", "two", "three"]) await client.identity.createApiToken.mutate({ name });
    await expect(failureOf(client.identity.createApiToken.mutate({ name: "four" }))).resolves.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      appCode: "rate_limited",
      httpStatus: 429,
    });
    await expect(testbed.database.db.apiToken.count({ where: { userId: user.id } })).resolves.toBe(3);
    await expect(client.identity.me.query()).resolves.toMatchObject({ id: user.id });
  });

  it("is counted per user: another user's changes are not slowed", async () => {
    const deps = withBudget(1);
    const [first, second] = [await aUser(testbed.database.db, "STUDENT"), await aUser(testbed.database.db, "STUDENT")];
    await clientFor(deps, first.session).identity.createApiToken.mutate({ name: "first" });
    await expect(failureOf(clientFor(deps, first.session).identity.createApiToken.mutate({ name: "again" }))).resolves.toMatchObject({
      appCode: "rate_limited",
    });
    await expect(clientFor(deps, second.session).identity.createApiToken.mutate({ name: "second" })).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("sends Retry-After with the refusal", async () => {
    const deps = withBudget(1);
    const user = await aUser(testbed.database.db, "STUDENT");
    const post = () =>
      handleTrpcRequest(
        new Request(`${TEST_ORIGIN}/api/trpc/identity.createApiToken`, {
          method: "POST",
          headers: { cookie: user.session.cookie, origin: TEST_ORIGIN, "content-type": "application/json" },
          body: JSON.stringify({ json: { name: "token" } }),
        }),
        deps,
      );
    expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
