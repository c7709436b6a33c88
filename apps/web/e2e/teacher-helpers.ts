import { createDb } from "@guitaronline/db";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { adminRequest, callProcedure, expect, signInRequest, uniqueEmail } from "./helpers";

const PASSWORD = "scales and arpeggios";

export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
  /** A browser context signed in as this person, its clock in `browserZone`. */
  context: BrowserContext;
  page: Page;
}

/**
 * Someone registered through the API with their own account time zone, signed in inside a
 * browser context whose clock is in another zone, so a page that used the browser's zone
 * instead of the account's shows the wrong times.
 */
async function aPerson(
  browser: Browser,
  { role, name, zone, browserZone }: { role: "STUDENT" | "TEACHER"; name: string; zone: string; browserZone: string },
): Promise<Person> {
  const context = await browser.newContext({ timezoneId: browserZone });
  const email = uniqueEmail(role.toLowerCase());
  const registered = await callProcedure<{ id: string }>(context.request, "identity.register", {
    email,
    password: PASSWORD,
    name,
    role,
    timezone: zone,
  });
  expect((await signInRequest(context.request, email, PASSWORD)).status()).toBeLessThan(400);
  return { id: registered.id, name, email, password: PASSWORD, context, page: await context.newPage() };
}

/** The school's admin, as a program calling the API. */
async function asAdmin(browser: Browser) {
  const context = await browser.newContext();
  await adminRequest(context.request);
  return context;
}

/** An approved teacher whose account lives in `zone`. */
export async function anApprovedTeacher(browser: Browser, options: { name: string; zone: string; browserZone: string }) {
  const teacher = await aPerson(browser, { role: "TEACHER", ...options });
  const admin = await asAdmin(browser);
  await callProcedure(admin.request, "admin.approveTeacher", { userId: teacher.id });
  await admin.close();
  return teacher;
}

/** A student in `zone` who has bought ten lessons. */
export async function aStudentWithLessons(browser: Browser, options: { name: string; zone: string; browserZone: string }) {
  const student = await aPerson(browser, { role: "STUDENT", ...options });
  const admin = await asAdmin(browser);
  await callProcedure(admin.request, "billing.sellPackage", {
    studentId: student.id,
    lessonsTotal: 10,
    expiresAt: new Date(Date.now() + 90 * 86_400_000),
    price: { amountMinor: 25_000, currency: "EUR" },
    idempotencyKey: `teacher-e2e-${student.id}`,
  });
  await admin.close();
  return student;
}

interface OpenSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** The teacher's open slots as a student's program sees them. */
export async function openSlotsOf(student: Person, teacher: Person): Promise<OpenSlot[]> {
  const page = await callProcedure<{ items: OpenSlot[] }>(student.context.request, "scheduling.openSlots", { teacherId: teacher.id, limit: 100 }, "query");
  return page.items;
}

/** The student holds and confirms a slot through the API: the lesson it makes. */
export async function book(student: Person, slotId: string) {
  const held = await callProcedure<{ id: string }>(student.context.request, "booking.hold", { slotId, idempotencyKey: `hold-${slotId}` });
  const confirmed = await callProcedure<{ id: string; lessonId: string }>(student.context.request, "booking.confirm", { bookingId: held.id });
  return { bookingId: confirmed.id, lessonId: confirmed.lessonId };
}

/** The lessons left in the student's active package. */
export async function lessonsLeft(student: Person): Promise<number> {
  const packages = await callProcedure<{ status: string; lessonsLeft: number }[]>(student.context.request, "billing.myPackages", undefined, "query");
  return packages.find((pkg) => pkg.status === "ACTIVE")?.lessonsLeft ?? 0;
}

/**
 * Lets time pass for one booked lesson: its slot and lesson move to `hoursAgo` hours before now,
 * as if the lesson had started then. Everything else about it was made the real way.
 */
export async function letLessonBegin(lessonId: string, hoursAgo = 1) {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set");
  const db = createDb({ databaseUrl, poolSize: 1 });
  try {
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, include: { booking: true } });
    // On the hour, as lessons are.
    const startsAt = Math.floor((Date.now() - hoursAgo * 3_600_000) / 3_600_000) * 3_600_000;
    const shift = lesson.startsAt.getTime() - startsAt;
    const earlier = (date: Date) => new Date(date.getTime() - shift);
    await db.$transaction([
      db.slot.update({ where: { id: lesson.booking.slotId }, data: { startsAt: earlier(lesson.startsAt), endsAt: earlier(lesson.endsAt) } }),
      db.lesson.update({ where: { id: lessonId }, data: { startsAt: earlier(lesson.startsAt), endsAt: earlier(lesson.endsAt) } }),
    ]);
  } finally {
    await db.$disconnect();
  }
}
