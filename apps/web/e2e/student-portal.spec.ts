import {
  adminRequest,
  expect,
  expectAccessible,
  expectNoSidewaysScroll,
  fill,
  MESSAGES,
  pattern,
  screenshot,
  settled,
  signIn,
  test,
  type Locale,
} from "./helpers";
import { aStudentWithLessons, aTeacherWithSlotSoon, chooseLanguage } from "./student-helpers";

for (const locale of ["en", "ru"] as const satisfies Locale[]) {
  test(`a student books, reschedules and cancels, told before each cancel whether the lesson comes back (${locale})`, async ({
    page,
    request,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const m = MESSAGES[locale];
    const admin = await adminRequest(await playwright.request.newContext({ baseURL }));
    const student = await aStudentWithLessons(request, admin, { lessons: 3, locale, timezone: "Europe/Moscow" });
    const soon = await aTeacherWithSlotSoon(request, admin, { hoursAhead: 3, name: `Soon Teacher ${locale}` });
    await signIn(page, student.email, student.password);
    await chooseLanguage(page, locale);
    const nav = page.getByRole("navigation", { name: m.nav.main });

    // Book a lesson next week: days away, well outside the refund window.
    await nav.getByRole("link", { name: m.nav.book }).click();
    const packages = page.getByTestId("packages");
    await expect(packages).toContainText(pattern(m.student.book.lessonsLeft.replace("{left}", "3").replace("{total}", "3")));
    // Times are the student's (Moscow), each carrying its zone.
    await expect(page.getByText(fill(m.student.common.timesIn, { zone: "Europe/Moscow (GMT+3)" }))).toBeVisible();
    await page.getByRole("button", { name: m.student.week.next }).click();
    await settled(page);
    const chosen = page.getByTestId("open-slot").filter({ hasText: "Mikhail Strings" }).last();
    await expect(chosen).toContainText("GMT+3");
    const firstStart = (await chosen.getAttribute("data-starts-at"))!;
    await chosen.getByRole("button").click();
    const held = page.getByTestId("held");
    await expect(held).toContainText(pattern(m.student.book.held));
    await expect(held.getByRole("timer")).toHaveText(pattern(m.student.book.countdown));
    await held.getByRole("button", { name: m.student.book.confirm }).click();
    await expect(page.getByText(m.student.book.confirmed)).toBeVisible();
    await expect(held).toHaveCount(0);
    await expect(packages).toContainText(pattern(m.student.book.lessonsLeft.replace("{left}", "2").replace("{total}", "3")));

    // Reschedule it: the dialog says what the move costs before it is made.
    await nav.getByRole("link", { name: m.nav.bookings }).click();
    const first = page.locator(`[data-testid=booking][data-starts-at="${firstStart}"]`);
    await expect(first.getByTestId("booking-status")).toHaveText(m.student.bookings.status.CONFIRMED);
    await expect(first).toContainText(pattern(m.student.bookings.freeUntil));
    await first.getByRole("button", { name: m.student.bookings.reschedule }).click();
    const dialog = page.getByRole("dialog", { name: m.student.reschedule.title });
    await settled(page);
    const newSlot = dialog.getByTestId("open-slot").first();
    const secondStart = (await newSlot.getAttribute("data-starts-at"))!;
    expect(secondStart).not.toBe(firstStart);
    await newSlot.getByRole("button").click();
    await expect(dialog.getByTestId("reschedule-consequence")).toHaveText(m.student.reschedule.returned);
    await dialog.getByRole("button", { name: m.student.reschedule.confirm }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(pattern(m.student.bookings.rescheduledNotice))).toBeVisible();
    await expect(first).toContainText(m.student.bookings.rescheduledTo);
    const second = page.locator(`[data-testid=booking][data-starts-at="${secondStart}"]`);
    await expect(second.getByTestId("booking-status")).toHaveText(m.student.bookings.status.CONFIRMED);

    // Cancel it in time: the dialog says the lesson comes back, and it does.
    await second.getByRole("button", { name: m.student.bookings.cancel }).click();
    const cancelDialog = page.getByRole("dialog", { name: m.student.cancel.title });
    await expect(cancelDialog.getByTestId("cancel-consequence")).toHaveText(fill(m.student.cancel.returned, { hours: 24 }));
    await cancelDialog.getByRole("button", { name: m.student.cancel.confirm }).click();
    await expect(page.getByText(m.student.bookings.canceledNotice)).toBeVisible();
    await expect(second.getByTestId("booking-status")).toHaveText(m.student.bookings.status.CANCELED);
    await nav.getByRole("link", { name: m.nav.packages }).click();
    await expect(page.getByTestId("package")).toContainText(fill(m.student.packages.left, { left: 3, total: 3 }));

    // A lesson three hours away, from the teacher's own page: canceling it is said to lose it.
    await nav.getByRole("link", { name: m.nav.teachers }).click();
    await page.getByRole("link", { name: fill(m.student.teachers.profile, { name: soon.name }) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(soon.name);
    await settled(page);
    await page.locator(`[data-testid=open-slot][data-starts-at="${soon.slotStartsAt}"]`).getByRole("button").click();
    await page.getByTestId("held").getByRole("button", { name: m.student.book.confirm }).click();
    await expect(page.getByText(m.student.book.confirmed)).toBeVisible();
    await nav.getByRole("link", { name: m.nav.bookings }).click();
    const late = page.locator(`[data-testid=booking][data-starts-at="${soon.slotStartsAt}"]`);
    await expect(late).toContainText(fill(m.student.bookings.insideWindow, { hours: 24 }));
    await late.getByRole("button", { name: m.student.bookings.cancel }).click();
    await expect(cancelDialog.getByTestId("cancel-consequence")).toHaveText(fill(m.student.cancel.lost, { hours: 24 }));
    // "Keep it" changes nothing; then the student cancels anyway.
    await cancelDialog.getByRole("button", { name: m.student.cancel.keep }).click();
    await expect(late.getByTestId("booking-status")).toHaveText(m.student.bookings.status.CONFIRMED);
    await late.getByRole("button", { name: m.student.bookings.cancel }).click();
    await cancelDialog.getByRole("button", { name: m.student.cancel.confirm }).click();
    await expect(page.getByText(m.student.bookings.canceledLost)).toBeVisible();
    await expect(late).toContainText(m.student.bookings.notReturned);
    await nav.getByRole("link", { name: m.nav.packages }).click();
    await expect(page.getByTestId("package")).toContainText(fill(m.student.packages.left, { left: 2, total: 3 }));
  });
}

test("a double-click on confirm books once and uses one lesson", async ({ page, request, playwright, baseURL }) => {
  const admin = await adminRequest(await playwright.request.newContext({ baseURL }));
  const student = await aStudentWithLessons(request, admin, { lessons: 2 });
  await signIn(page, student.email, student.password);
  await page.goto("/book");
  await settled(page);
  // A double-click on the slot holds it once, too.
  await page.getByTestId("open-slot").nth(2).getByRole("button").dblclick();
  await expect(page.getByTestId("held")).toHaveCount(1);
  await page.getByTestId("held").getByRole("button", { name: "Confirm booking" }).dblclick();
  await expect(page.getByText("Booked! See it in your bookings.")).toBeVisible();
  await expect(page.getByTestId("packages")).toContainText("1 of 2 lessons left");

  const bookings = await page.request.get("/api/trpc/booking.my");
  const items: { status: string }[] = (await bookings.json()).result.data.json.items;
  expect(items.map((booking) => booking.status)).toEqual(["CONFIRMED"]);
});

test("student pages are for signed-in students: others are sent away, and come back after signing in", async ({ page }) => {
  await page.goto("/bookings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbookings/);
  await page.getByLabel("E-mail").fill("teacher@guitaronline.dev");
  await page.getByLabel("Password").fill("guitar-demo-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  // A teacher is not a student: sent to their own lessons, not to the student's bookings.
  await expect(page).toHaveURL(/\/teach$/);
  for (const path of ["/book", "/teachers?page=2", "/packages"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/teach$/);
  }
  // Profile and notifications are every member's.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
});

test("a profile's name is checked in the browser with the procedure's schema, the error beside the field", async ({ page, request, playwright, baseURL }) => {
  const admin = await adminRequest(await playwright.request.newContext({ baseURL }));
  const student = await aStudentWithLessons(request, admin, { lessons: 1, timezone: "UTC" });
  await signIn(page, student.email, student.password);
  await page.goto("/profile");
  const name = page.getByLabel("Your name");
  await name.fill("   ");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your name, up to 100 characters.")).toBeVisible();
  await name.fill("Renamed Student");
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto("/book");
  await expect(page.getByText(/Times are shown in your time zone, America\/New York \(EST\)/)).toBeVisible();
});

const STUDENT_PAGES = ["teachers", "teacher", "book", "bookings", "packages", "notifications", "profile"] as const;

test("every student page: no serious accessibility violation, no sideways scroll, photographed wide and narrow in English and Russian", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const admin = await adminRequest(await playwright.request.newContext({ baseURL }));
  const student = await aStudentWithLessons(request, admin, { lessons: 5, name: "Sasha Petrova" });
  await signIn(page, student.email, student.password);
  // Something on every page: a confirmed lesson (and with it, notifications).
  await page.goto("/book");
  await settled(page);
  await page.getByTestId("open-slot").nth(1).getByRole("button").click();
  await page.getByTestId("held").getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText("Booked! See it in your bookings.")).toBeVisible();
  await page.getByTestId("open-slot").nth(3).getByRole("button").click();
  await expect(page.getByTestId("held")).toHaveCount(1);
  const teacherHref = await (async () => {
    await page.goto("/teachers");
    return page.getByTestId("teacher").first().getByRole("link").first().getAttribute("href");
  })();
  const paths: Record<(typeof STUDENT_PAGES)[number], string> = {
    teachers: "/teachers",
    teacher: teacherHref!,
    book: "/book",
    bookings: "/bookings",
    packages: "/packages",
    notifications: "/notifications",
    profile: "/profile",
  };
  for (const locale of ["en", "ru"] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await chooseLanguage(page, locale);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const name of STUDENT_PAGES) {
        await page.goto(paths[name]);
        await settled(page);
        await expectAccessible(page, `${name} ${locale} ${width}`);
        await expectNoSidewaysScroll(page, `${name} ${locale} ${width}`);
        await screenshot(page, `student-${name}-${locale}-${width}`);
      }
    }
    // The phone's header: the menu opens from its button by keyboard, every link labelled.
    const m = MESSAGES[locale];
    const menu = page.getByRole("button", { name: m.nav.menu });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("navigation", { name: m.nav.main }).getByRole("link", { name: m.nav.bookings })).toBeVisible();
    await expectAccessible(page, `menu ${locale}`);
    await screenshot(page, `student-menu-${locale}-375`);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  }
  // The cancel and reschedule dialogs, as a phone shows them.
  await page.goto("/bookings");
  await settled(page);
  await page.getByRole("button", { name: MESSAGES.ru.student.bookings.cancel }).first().click();
  await expectAccessible(page, "cancel dialog");
  await screenshot(page, "student-cancel-dialog-ru-375");
  await page.getByRole("button", { name: MESSAGES.ru.student.cancel.keep }).click();
  await page.getByRole("button", { name: MESSAGES.ru.student.bookings.reschedule }).first().click();
  await settled(page);
  await expectAccessible(page, "reschedule dialog");
  await screenshot(page, "student-reschedule-dialog-ru-375");
});
