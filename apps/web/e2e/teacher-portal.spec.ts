import { DateTime } from "luxon";
import { callProcedure, expect, expectAccessible, expectNoSidewaysScroll, screenshot, showIn, signIn, test } from "./helpers";
import { anApprovedTeacher, aStudentWithLessons, book, lessonsLeft, letLessonBegin, openSlotsOf, type Person } from "./teacher-helpers";

// Three different clocks: the teacher's account, the student's account, and the browsers'.
// Tokyo and Moscow keep no summer time, so the offsets below hold all year.
const TEACHER_ZONE = "Asia/Tokyo";
const STUDENT_ZONE = "Europe/Moscow";
const BROWSER_ZONE = "America/Sao_Paulo";

/** Monday of next week on the teacher's clock: always ahead, a whole week to fill. */
const nextMonday = () => DateTime.now().setZone(TEACHER_ZONE).startOf("week").plus({ weeks: 1 });

/** The teacher publishes one hour-long slot on the page, typing its start on their own clock. */
async function publishOneSlot(teacher: Person, startsAt: DateTime) {
  await teacher.page.goto("/teach/slots");
  await teacher.page.getByLabel(/^Starts at/).fill(startsAt.toFormat("yyyy-MM-dd'T'HH:mm"));
  await teacher.page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(teacher.page.getByText(/Slot published/)).toBeVisible();
}

/** The student books the teacher's one open slot through the API. */
async function bookTheOnlySlot(student: Person, teacher: Person) {
  const [slot, ...others] = await openSlotsOf(student, teacher);
  expect(others).toEqual([]);
  return book(student, slot!.id);
}

test("a teacher publishes a weekly pattern after previewing it; a student books one; the teacher sees it with the name", async ({ browser }) => {
  test.setTimeout(90_000);
  const teacher = await anApprovedTeacher(browser, { name: "Kenji Frets", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const student = await aStudentWithLessons(browser, { name: "Tanya Moscow", zone: STUDENT_ZONE, browserZone: STUDENT_ZONE });
  const page = teacher.page;
  await page.goto("/teach");
  await page.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Slots" }).click();
  await expect(page.getByText(`Times are in your time zone, ${TEACHER_ZONE}.`, { exact: true })).toBeVisible();

  // Tuesdays and Thursdays 09:00–11:00 Tokyo time, hour-long slots, for one week.
  const pattern = page.locator("#weekly-pattern");
  await pattern.getByLabel("Tuesday").check();
  await pattern.getByLabel("Thursday").check();
  await pattern.getByLabel("From", { exact: true }).fill("09:00");
  await pattern.getByLabel("Until").fill("11:00");
  await pattern.getByLabel("Each slot (minutes)").fill("60");
  await pattern.getByLabel("Starting on").fill(nextMonday().toISODate()!);
  await pattern.getByLabel("For how many weeks").fill("1");
  await expect(page.getByRole("button", { name: /^Publish these/ })).toHaveCount(0);
  await pattern.getByRole("button", { name: "Preview the slots" }).click();

  const preview = page.getByTestId("pattern-preview");
  await expect(preview).toContainText("4 slots,");
  await expect(preview.getByTestId("preview-slot")).toHaveCount(4);
  // On the teacher's clock with its zone, whatever the browser's zone is.
  await expect(preview.getByTestId("preview-slot").first()).toHaveText(/^9:00\s.*10:00\sAM GMT\+9$/);
  // Nothing is published by a preview.
  await expect(page.getByTestId("week-summary")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish these 4 slots" }).click();
  await expect(page.getByText("4 slots published.")).toBeVisible();

  // The calendar moves to the week of the new slots: all four free.
  await expect(page.getByTestId("week-summary")).toHaveText("4 slots: 4 free, 0 held, 0 booked");
  const tuesday = page.getByTestId("slot-day").filter({ hasText: nextMonday().plus({ days: 1 }).setLocale("en").toFormat("EEEE") });
  await expect(tuesday.getByTestId("my-slot")).toHaveCount(2);

  // The student's program finds the slot at 09:00 Tokyo, which is 03:00 in Moscow, and books it.
  const tuesdayNine = nextMonday().plus({ days: 1 }).set({ hour: 9 });
  const slots = await openSlotsOf(student, teacher);
  const chosen = slots.find((slot) => slot.startsAt.getTime() === tuesdayNine.toMillis());
  expect(chosen, "the pattern's 09:00 Tokyo slot is open").toBeDefined();
  expect(DateTime.fromJSDate(chosen!.startsAt).setZone(STUDENT_ZONE).toFormat("HH:mm")).toBe("03:00");
  await book(student, chosen!.id);

  // The teacher's open page shows who booked it without a reload, on the teacher's clock.
  const booked = tuesday.getByTestId("my-slot").filter({ hasText: "Booked by Tanya Moscow" });
  await expect(booked).toHaveCount(1, { timeout: 5_000 });
  await expect(booked).toContainText(/9:00\s.*10:00\sAM GMT\+9/);
  await expect(page.getByTestId("week-summary")).toHaveText("4 slots: 3 free, 0 held, 1 booked");
  // The week is in the address: a reload keeps it.
  await page.reload();
  await expect(booked).toHaveCount(1);

  // The student's own bookings page shows it at 03:00 on the student's clock.
  await student.page.goto("/bookings");
  await expect(student.page.getByTestId("booking").filter({ hasText: "Kenji Frets" })).toContainText("3:00");

  await page.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Lessons" }).click();
  const lesson = page.getByTestId("lesson").filter({ hasText: "Student: Tanya Moscow" });
  await expect(lesson).toContainText(/Tue.*9:00\s.*10:00\sAM GMT\+9/);
  await expect(lesson.getByTestId("lesson-status")).toHaveText("scheduled");
});

test("a teacher completes a lesson that has begun, with notes the student reads", async ({ browser }) => {
  const teacher = await anApprovedTeacher(browser, { name: "Clara Nylon", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const student = await aStudentWithLessons(browser, { name: "Ivan Practice", zone: STUDENT_ZONE, browserZone: STUDENT_ZONE });
  await publishOneSlot(teacher, nextMonday().plus({ days: 2 }).set({ hour: 15 }));
  await expect(teacher.page.getByText(/Slot published: .*3:00\s.*4:00\sPM GMT\+9/)).toBeVisible();
  const { lessonId } = await bookTheOnlySlot(student, teacher);
  await letLessonBegin(lessonId);

  const page = teacher.page;
  await page.goto("/teach");
  const awaiting = page.getByRole("region", { name: /How did it go\?/ });
  const lesson = awaiting.getByTestId("lesson").filter({ hasText: "Student: Ivan Practice" });
  await lesson.getByLabel("Notes for the student (optional)").fill("Clean barre chords; practise the F shape slowly.");
  await lesson.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByText("The lesson with Ivan Practice is marked completed.")).toBeVisible();

  const past = page.getByRole("region", { name: /Past/ }).getByTestId("lesson").filter({ hasText: "Ivan Practice" });
  await expect(past.getByTestId("lesson-status")).toHaveText("completed");
  await expect(past).toContainText("Clean barre chords; practise the F shape slowly.");
  await expect(page.getByRole("region", { name: /How did it go\?/ })).toHaveCount(0);
  const theirs = await callProcedure<{ items: { id: string; status: string; notes: string | null }[] }>(
    student.context.request,
    "lessons.my",
    { limit: 10 },
    "query",
  );
  expect(theirs.items).toEqual([expect.objectContaining({ id: lessonId, status: "COMPLETED", notes: "Clean barre chords; practise the F shape slowly." })]);
});

test("a teacher cancels a booked lesson, told first that it goes back to the student", async ({ browser }) => {
  const teacher = await anApprovedTeacher(browser, { name: "Ana Strum", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const student = await aStudentWithLessons(browser, { name: "Pavel Chords", zone: STUDENT_ZONE, browserZone: STUDENT_ZONE });
  await publishOneSlot(teacher, nextMonday().plus({ days: 3 }).set({ hour: 11 }));
  await bookTheOnlySlot(student, teacher);
  expect(await lessonsLeft(student)).toBe(9);

  const page = teacher.page;
  await page.goto("/teach");
  const lesson = page.getByTestId("lesson").filter({ hasText: "Student: Pavel Chords" });
  await lesson.getByRole("button", { name: "Cancel lesson" }).click();
  await expect(lesson.getByRole("alert")).toContainText("The lesson goes back to Pavel Chords's package");
  await lesson.getByLabel("Reason for the student (optional)").fill("I am ill, sorry.");
  await lesson.getByRole("button", { name: "Yes, cancel the lesson" }).dblclick();
  await expect(page.getByText(/is canceled; it went back to Pavel Chords's package/)).toBeVisible();
  await expect(page.getByTestId("lesson").filter({ hasText: "Pavel Chords" }).getByTestId("lesson-status")).toHaveText("canceled");
  expect(await lessonsLeft(student)).toBe(10);
});

test("the pattern form shows its errors next to their fields, in the teacher's language", async ({ browser }) => {
  const teacher = await anApprovedTeacher(browser, { name: "Oleg Tremolo", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const page = teacher.page;
  await page.goto("/teach/slots");
  await showIn(page, "ru");
  const pattern = page.locator("#weekly-pattern");
  await pattern.getByLabel("С", { exact: true }).fill("20:00");
  await pattern.getByLabel("До", { exact: true }).fill("18:00");
  await pattern.getByRole("button", { name: "Посмотреть окна" }).click();
  await expect(pattern.getByRole("group", { name: "Дни" })).toContainText("Выберите хотя бы один день.");
  await expect(pattern.getByLabel("До", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(pattern.getByText("Конец должен быть позже начала.")).toBeVisible();
  await expect(page.getByTestId("pattern-preview")).toHaveCount(0);
  await showIn(page, "en");
});

test("a teacher edits their profile: bio, instruments and time zone", async ({ browser }) => {
  const teacher = await anApprovedTeacher(browser, { name: "Mira Fingerstyle", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const page = teacher.page;
  await page.goto("/teach/profile");
  await page.getByLabel("About you").fill("Fingerstyle and classical, patient with beginners.");
  await page.getByLabel("Instruments you teach").fill("classical guitar");
  await page.getByLabel("Instruments you teach").press("Enter");
  await page.getByLabel("Instruments you teach").fill("ukulele");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("button", { name: "Remove ukulele" }).click();
  await page.getByLabel("Your time zone").selectOption("Europe/Lisbon");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("About you")).toHaveValue("Fingerstyle and classical, patient with beginners.");
  await expect(page.getByRole("list", { name: "Instruments" })).toHaveText(/^classical guitar\s*×$/);
  await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/Lisbon");
  await page.getByRole("navigation", { name: "Teaching" }).getByRole("link", { name: "Slots" }).click();
  await expect(page.getByText("Times are in your time zone, Europe/Lisbon.", { exact: true })).toBeVisible();
});

test("a student, or someone signed out, opening the teacher's pages is sent away", async ({ page }) => {
  for (const path of ["/teach", "/teach/slots?week=2", "/teach/profile"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  await signIn(page, "student@guitaronline.dev");
  // A student is sent to their own lessons.
  for (const path of ["/teach", "/teach/slots", "/teach/profile"]) {
    await page.goto(path);
    await expect(page).toHaveURL("/bookings");
  }
});

test("every teacher page: no serious accessibility violation, screenshots in English and Russian, wide and narrow", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await anApprovedTeacher(browser, { name: "Sofia Vibrato", zone: TEACHER_ZONE, browserZone: BROWSER_ZONE });
  const student = await aStudentWithLessons(browser, { name: "Boris Metronome", zone: STUDENT_ZONE, browserZone: STUDENT_ZONE });
  const page = teacher.page;
  // A week with every state: free, held, booked; a lesson to record, one recorded, one to come.
  await page.goto("/teach/slots");
  const pattern = page.locator("#weekly-pattern");
  for (const day of ["Monday", "Wednesday", "Friday"]) await pattern.getByLabel(day).check();
  await pattern.getByLabel("Starting on").fill(DateTime.now().setZone(TEACHER_ZONE).plus({ days: 1 }).toISODate()!);
  await pattern.getByLabel("For how many weeks").fill("2");
  await pattern.getByRole("button", { name: "Preview the slots" }).click();
  await page.getByRole("button", { name: /^Publish these/ }).click();
  await expect(page.getByText(/slots published/)).toBeVisible();
  const [first, second, third, fourth] = await openSlotsOf(student, teacher);
  await book(student, first!.id);
  const { lessonId } = await book(student, second!.id);
  await letLessonBegin(lessonId, 30);
  const taught = await book(student, fourth!.id);
  await letLessonBegin(taught.lessonId, 52);
  await callProcedure(teacher.context.request, "lessons.complete", { lessonId: taught.lessonId, notes: "Good tone on the open strings.\nNext time: the C major scale." });
  await callProcedure(student.context.request, "booking.hold", { slotId: third!.id });
  // The week to show: the one the first of those slots is in, this week or the next.
  const weekOf = (instant: Date) => DateTime.fromJSDate(instant).setZone(TEACHER_ZONE).startOf("week").toMillis();
  const inNextWeek = weekOf(first!.startsAt) > weekOf(new Date());

  for (const locale of ["en", "ru"] as const) {
    // The language switch is in the header's menu, folded away on a narrow screen.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/teach");
    await showIn(page, locale);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [
        ["lessons", "/teach"],
        ["slots", "/teach/slots"],
        ["profile", "/teach/profile"],
      ] as const) {
        await page.goto(path);
        await expect(page.locator("[aria-busy='true']")).toHaveCount(0, { timeout: 15_000 });
        if (name === "lessons") {
          await page.getByTestId("lesson").filter({ has: page.locator("form") }).first().waitFor();
          await page.getByRole("button", { name: locale === "en" ? "Cancel lesson" : "Отменить урок" }).first().click();
        }
        if (name === "slots") {
          if (inNextWeek) await page.getByRole("button", { name: locale === "en" ? "Next week" : "Следующая неделя" }).click();
          await expect(page.getByTestId("week-summary")).toBeVisible();
          await page.locator("#weekly-pattern input[type=checkbox]").nth(1).check();
          await page.locator("#weekly-pattern button[type=submit]").click();
          await expect(page.getByTestId("pattern-preview")).toBeVisible();
        }
        await expectNoSidewaysScroll(page, `${path} in ${locale} at ${width} px`);
        await expectAccessible(page, `${path} in ${locale} at ${width} px`);
        await screenshot(page, `teach-${name}-${locale}-${width}`);
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await showIn(page, "en");
});
