import { DEMO_PASSWORD, expect, test } from "./helpers";

// The curl flow of docs/api.md: csrf → credentials callback → session cookie → tRPC call.
// A program with the session cookie sends the app's Origin on its POSTs, as the portal's pages do.
test("a script signs in with the credentials callback and calls a procedure", async ({ request, baseURL }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "student@guitaronline.dev", password: DEMO_PASSWORD },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(callback.status()).toBe(302);
  const me = await request.get("/api/trpc/identity.me");
  expect(me.status()).toBe(200);
  expect((await me.json()).result.data.json).toMatchObject({ email: "student@guitaronline.dev", role: "STUDENT" });
});

test("a personal API token works as a bearer token until revoked", async ({ request, playwright, baseURL }) => {
  const origin = { origin: baseURL! };
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "teacher@guitaronline.dev", password: DEMO_PASSWORD },
    headers: origin,
    maxRedirects: 0,
  });
  const created = await request.post("/api/trpc/identity.createApiToken", { data: { json: { name: "e2e script" } }, headers: origin });
  const { id, token } = (await created.json()).result.data.json;

  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await (await script.get("/api/trpc/identity.me")).json()).result.data.json.role).toBe("TEACHER");
  await request.post("/api/trpc/identity.revokeApiToken", { data: { json: { tokenId: id } }, headers: origin });
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
