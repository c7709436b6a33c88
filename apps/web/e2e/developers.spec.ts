import { expect, personalApiToken, test } from "./helpers";

test("the developer reference shows each procedure's role, schemas and examples to anyone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Developers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For developers");

  await page.getByRole("navigation", { name: "Procedures" }).getByRole("link", { name: "hold", exact: true }).click();
  const hold = page.locator('[id="booking.hold"]');
  await expect(hold.getByRole("heading", { level: 3 })).toHaveText("booking.hold mutation");
  await expect(hold.getByTestId("who-may-call")).toHaveText("Student");
  await expect(hold).toContainText("slot_unavailable");
  await hold.getByText("Input (JSON Schema)").click();
  await expect(hold.locator("details pre").first()).toContainText('"slotId"');
  await expect(hold).toContainText(`curl -X POST "$GUITARONLINE_URL/api/trpc/booking.hold"`);
  await expect(hold).toContainText("await client.booking.hold.mutate(");
});

test("the OpenAPI document lists every procedure at a stable URL", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/api/trpc/booking.hold"].post["x-access"]).toEqual(["STUDENT"]);
  expect(document.paths["/api/trpc/booking.my"].get.parameters[0].name).toBe("input");
});

test("a query called as its curl example shows answers a bearer token", async ({ page, request, playwright, baseURL }) => {
  await page.goto("/developers");
  const curl = await page.locator('[id="booking.my"] pre').filter({ hasText: "curl" }).textContent();
  const input = /--data-urlencode 'input=(.+)'/.exec(curl ?? "")![1]!;

  const { token } = await personalApiToken(request, "student@guitaronline.dev");
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const bookings = await script.get(`/api/trpc/booking.my?input=${encodeURIComponent(input)}`);
  expect(bookings.status()).toBe(200);
  expect((await bookings.json()).result.data.json).toHaveProperty("items");
  await script.dispose();
});
