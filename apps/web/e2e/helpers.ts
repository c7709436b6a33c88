import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "guitar-demo-123";

export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("whoami")).toBeVisible();
}

export async function register(page: Page, { name, email, password, teacher = false }: { name: string; email: string; password: string; teacher?: boolean }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  if (teacher) await page.getByLabel("a teacher").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password is slow by design, and the first request of a run meets a cold server.
  await expect(page.getByTestId("whoami")).toBeVisible({ timeout: 15_000 });
}

/** Signs a request context in with the credentials callback, as a script would with curl. */
export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
}

/** A personal API token of the user, made through their signed-in session. */
export async function personalApiToken(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ id: string; token: string }> {
  await signInRequest(request, email, password);
  const created = await request.post("/api/trpc/identity.createApiToken", { data: { json: { name: "e2e script" } } });
  return (await created.json()).result.data.json;
}
