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
  const chosen = holder.getByRole("listitem").filter({ has: holder.getByRole("button", { name: "Hold" }) }).first();
  const slotText = (await chosen.textContent())!.replace(/Hold$/, "").trim();
  const watched = watcher.getByRole("listitem").filter({ hasText: slotText });
  await expect(watched).toHaveCount(1);
  // The watcher's page must hear the change, not fetch it again by itself.
  let reloads = 0;
  watcher.on("framenavigated", () => reloads++);

  await chosen.getByRole("button", { name: "Hold" }).click();
  await expect(holder.getByText(/Held until/)).toBeVisible();
  await expect(watched).toHaveCount(0, { timeout: 2_000 });

  await holder.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(holder.getByText(/Held until/)).toHaveCount(0);
  await expect(watched).toHaveCount(1, { timeout: 2_000 });
  expect(reloads).toBe(0);
});
