import { expect, type Page } from "@playwright/test";

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
  await expect(page.getByTestId("whoami")).toBeVisible();
}
