import { expect, personalApiToken, signInRequest, test } from "./helpers";

// The curl flow of docs/api.md: csrf → credentials callback → session cookie → tRPC call.
test("a script signs in with the credentials callback and calls a procedure", async ({ request }) => {
  const callback = await signInRequest(request, "student@guitaronline.dev");
  expect(callback.status()).toBe(302);
  const me = await request.get("/api/trpc/identity.me");
  expect(me.status()).toBe(200);
  expect((await me.json()).result.data.json).toMatchObject({ email: "student@guitaronline.dev", role: "STUDENT" });
});

test("a personal API token works as a bearer token until revoked", async ({ request, playwright, baseURL }) => {
  const { id, token } = await personalApiToken(request, "teacher@guitaronline.dev");

  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await (await script.get("/api/trpc/identity.me")).json()).result.data.json.role).toBe("TEACHER");
  await request.post("/api/trpc/identity.revokeApiToken", { data: { json: { tokenId: id } }, headers: { origin: baseURL! } });
  const refused = await script.get("/api/trpc/identity.me");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.json.data.appCode).toBe("unauthorized");
  await script.dispose();
});

test("bad input is a 400 with validation_failed, never a 500", async ({ request }) => {
  const response = await request.post("/api/trpc/identity.register", { data: { json: { email: 5, password: [] } } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.json.data.appCode).toBe("validation_failed");
});
