import { DEMO_PASSWORD, expect, test } from "./helpers";

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

const pages = ["/", "/sign-in", "/sign-up", "/book", "/bookings", "/teach", "/account", "/admin/users"];

test("every page carries a nonce-based CSP and the other security headers; admin pages cannot be framed", async ({ page, request }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("admin@guitaronline.dev");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
  const nonces = new Set<string>();
  for (const path of pages) {
    const response = (await page.goto(path))!;
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    nonces.add(/'nonce-([^']+)'/.exec(scriptSrc)![1]!);
    // Next.js put that nonce on its own scripts, so they ran: the page is alive.
    await expect(page.getByRole("banner")).toBeVisible();
  }
  expect(nonces.size, "a fresh nonce for every response").toBe(pages.length);
  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("an inline script without the nonce (as an injection would be) is blocked, and the check sees it", async ({ page, cspViolations }) => {
  // The real page and its real policy, with one script added to the markup on the way.
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  cspViolations.length = 0; // seen and expected: the fixture's own check would fail otherwise
});
