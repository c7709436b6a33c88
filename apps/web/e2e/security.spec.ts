import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

// Each is the raw value of ?callbackUrl= as an attacker would write it in a link.
const openRedirects = ["/%5Cevil.example", "%2F%2Fevil.example", "https://evil.example", "/%09evil", "/%5C%09evil.example"];

for (const callbackUrl of openRedirects) {
  test(`signing in with callbackUrl=${callbackUrl} lands on a page of this site`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("E-mail").fill("student@guitaronline.dev");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("whoami")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("the credentials callback's own redirect stays on this site", async ({ request, baseURL }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "student@guitaronline.dev", password: DEMO_PASSWORD, callbackUrl: "/\\evil.example" },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(new URL(response.headers().location!, baseURL).origin).toBe(new URL(baseURL!).origin);
});

test("signing out ends the session on the server: the old cookie, replayed, is 401", async ({ page, playwright, baseURL }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("student@guitaronline.dev");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"))!;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${session.name}=${session.value}` } });
  const me = await replay.get("/api/trpc/identity.me");
  expect(me.status()).toBe(401);
  expect((await me.json()).error.json.data.appCode).toBe("unauthorized");
  await replay.dispose();
});
