import { expect, test } from "./helpers";

test("the home page introduces the school", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("GuitarOnline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("GuitarOnline");
  await expect(page.getByText("Guitar lessons with real teachers")).toBeVisible();
});

test("the operational endpoints answer", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready" });

  const metrics = await request.get("/api/metrics");
  expect(metrics.headers()["content-type"]).toContain("text/plain");
  expect(await metrics.text()).toMatch(/http_requests_total\{method="GET",route="\/api\/ready",status="200"/);
});
