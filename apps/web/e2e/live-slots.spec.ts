import { expect, register, signIn, test, uniqueEmail } from "./helpers";

// Live availability: a change in one browser shows in another without a reload, through the
// server-sent events of scheduling.onSlotChange (LISTEN/NOTIFY behind them).
test("a slot one student holds disappears from another student's open slots within 2 s, and comes back when the hold is canceled", async ({
  browser,
}) => {
  const holder = await (await browser.newContext()).newPage();
  await signIn(holder, "student@guitaronline.dev");
  const watcher = await (await browser.newContext()).newPage();
  await register(watcher, { name: "Watching Student", email: uniqueEmail("watcher"), password: "correct horse battery" });

  await watcher.goto("/book");
  await holder.goto("/book");
  // The two students read times on different clocks: a slot is known by its instant.
  const chosen = holder.getByTestId("open-slot").first();
  const startsAt = await chosen.getAttribute("data-starts-at");
  const watched = watcher.locator(`[data-testid=open-slot][data-starts-at="${startsAt}"]`);
  await expect(watched).toHaveCount(1);
  // The watcher's page must hear the change, not fetch it again by itself.
  let reloads = 0;
  watcher.on("framenavigated", () => reloads++);

  await chosen.getByRole("button", { name: "Hold" }).click();
  const held = holder.getByTestId("held");
  await expect(held).toContainText("Held until");
  await expect(watched).toHaveCount(0, { timeout: 2_000 });

  await held.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(held).toHaveCount(0);
  await expect(watched).toHaveCount(1, { timeout: 2_000 });
  expect(reloads).toBe(0);
});
