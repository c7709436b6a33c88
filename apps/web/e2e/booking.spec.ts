import { expect, signIn, test } from "./helpers";

test("a student books a lesson end to end; the teacher sees it; the student cancels in time", async ({ browser }) => {
  const student = await (await browser.newContext()).newPage();
  await signIn(student, "student@guitaronline.dev");
  await student.getByRole("link", { name: "Book a lesson" }).click();
  const packages = student.getByTestId("packages");
  await expect(packages).toContainText(/10 of 10 lessons left/);

  // The last listed slot is days away: outside the 24-hour refund window.
  const chosenSlot = student.getByTestId("open-slot").last();
  // "Nov 26, <year>, 10:00 AM – 11:00 AM · with …": the start is what every list shows.
  const when = (await chosenSlot.locator("span").textContent())!.split(" – ")[0]!;
  await chosenSlot.getByRole("button", { name: "Hold" }).click();
  await expect(student.getByTestId("held")).toContainText("Held until");
  await student.getByRole("button", { name: "Confirm booking" }).click();
  await expect(student.getByText("Booked! See it in your bookings.")).toBeVisible();
  await expect(packages).toContainText(/9 of 10 lessons left/);
  await expect(student.getByTestId("open-slot").filter({ hasText: when })).toHaveCount(0);

  // The worker delivers the in-app notification.
  await student.getByRole("link", { name: "GuitarOnline" }).click();
  await expect(student.getByTestId("notifications")).toContainText("A lesson was booked", { timeout: 15_000 });

  await student.getByRole("link", { name: "My bookings" }).click();
  const booking = student.getByTestId("booking").filter({ hasText: when });
  await expect(booking.getByTestId("booking-status")).toHaveText("confirmed");

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "teacher@guitaronline.dev");
  await teacher.getByRole("link", { name: "Teaching" }).click();
  // The teacher's page shows the lesson on the teacher's clock (Berlin), not the student's.
  await expect(teacher.getByTestId("lesson").filter({ hasText: "Student: Sasha Student" }).first()).toBeVisible();

  await booking.getByRole("button", { name: "Cancel" }).click();
  await expect(student.getByText("lesson returned to your package")).toBeVisible();
  await expect(booking.getByTestId("booking-status")).toHaveText("canceled");
  await student.getByRole("link", { name: "Book a lesson" }).click();
  await expect(student.getByTestId("packages")).toContainText(/10 of 10 lessons left/);
});

test("a teacher publishes a slot and students can see it", async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "teacher@guitaronline.dev");
  await teacher.getByRole("link", { name: "Teaching" }).click();
  await teacher.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Slots" }).click();
  // A March day of next year: always ahead, and clear of the seeded two weeks of slots.
  const year = new Date().getFullYear() + 1;
  const day = String(10 + Math.floor(Math.random() * 18)).padStart(2, "0");
  const hour = String(6 + Math.floor(Math.random() * 14)).padStart(2, "0");
  await teacher.getByLabel("Starts at").fill(`${year}-03-${day}T${hour}:15`);
  await teacher.getByLabel("Duration (minutes)").fill("45");
  await teacher.getByRole("button", { name: "Publish" }).click();
  await expect(teacher.getByText(/Slot published: .*GMT\+1/)).toBeVisible();
  await teacher.getByRole("button", { name: "Publish" }).click();
  await expect(teacher.locator("#publish-slot [role=alert]")).toHaveText("This overlaps one of your other slots.");
});
