import { createTestDatabase, type TestDatabase } from "@guitaronline/testbed/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aPerson, aSlot, aStudentWithPackage, lessonsLeft } from "../../testing/factories.ts";
import { clientFor, failureOf, testClock, testDeps } from "../../testing/harness.ts";
import type { ApiDeps } from "../../api-deps.ts";

const HOUR = 3_600_000;
let database: TestDatabase;
let deps: ApiDeps;
const clock = testClock();

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db, database.url, undefined, clock);
});
afterAll(() => database.drop());
beforeEach(() => clock.set(new Date()));

async function scene({ hoursFromNow = 48, lessons = 10 } = {}) {
  const teacher = await aPerson(database.db, "TEACHER");
  const student = await aStudentWithPackage(database.db, { lessons });
  const slot = await aSlot(database.db, teacher.id, { hoursFromNow, now: clock.now() });
  return { teacher, student, slot, asStudent: clientFor(deps, student.session), asTeacher: clientFor(deps, teacher.session) };
}

async function confirmedBooking(options?: { hoursFromNow?: number; lessons?: number }) {
  const s = await scene(options);
  const held = await s.asStudent.booking.hold.mutate({ slotId: s.slot.id });
  const confirmed = await s.asStudent.booking.confirm.mutate({ bookingId: held.id });
  return { ...s, held, confirmed };
}

describe("hold and confirm", () => {
  it("a hold consumes nothing; confirming takes one lesson and makes exactly one lesson", async () => {
    const { student, slot, asStudent } = await scene();
    const held = await asStudent.booking.hold.mutate({ slotId: slot.id });
    expect(held).toMatchObject({ status: "HOLD", slotId: slot.id });
    expect(held.holdExpiresAt.getTime()).toBe(clock.now().getTime() + 10 * 60_000);
    expect(await lessonsLeft(database.db, student.packageId)).toBe(10);

    const confirmed = await asStudent.booking.confirm.mutate({ bookingId: held.id });
    expect(confirmed).toMatchObject({ id: held.id, status: "CONFIRMED", packageId: student.packageId });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
    await expect(database.db.lesson.count({ where: { bookingId: held.id } })).resolves.toBe(1);
    const events = await database.db.outboxEvent.findMany({ where: { aggregateId: { in: [held.id, confirmed.lessonId] } } });
    expect(events.map((event) => event.type).sort()).toEqual(["booking.confirmed", "booking.held", "lesson.created"]);
    const audit = await database.db.auditLog.findMany({ where: { entityId: held.id } });
    expect(audit.map((row) => row.action).sort()).toEqual(["booking.confirmed", "booking.held"]);
  });

  it("consumes the package expiring soonest", async () => {
    const { student, slot, asStudent } = await scene();
    const sooner = await database.db.lessonPackage.create({
      data: { studentId: student.id, lessonsTotal: 2, lessonsLeft: 2, priceMinor: 0, currency: "EUR", expiresAt: new Date(clock.now().getTime() + 5 * 24 * HOUR) },
    });
    const held = await asStudent.booking.hold.mutate({ slotId: slot.id });
    await expect(asStudent.booking.confirm.mutate({ bookingId: held.id })).resolves.toMatchObject({ packageId: sooner.id });
  });

  it("the last lesson depletes the package", async () => {
    const { student } = await confirmedBooking({ lessons: 1 });
    const pkg = await database.db.lessonPackage.findUniqueOrThrow({ where: { id: student.packageId } });
    expect(pkg).toMatchObject({ lessonsLeft: 0, status: "DEPLETED" });
  });

  it("a student without a usable package cannot hold", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aPerson(database.db, "STUDENT");
    const slot = await aSlot(database.db, teacher.id, { now: clock.now() });
    await expect(failureOf(clientFor(deps, student.session).booking.hold.mutate({ slotId: slot.id }))).resolves.toMatchObject({
      code: "PRECONDITION_FAILED",
      appCode: "no_active_package",
    });
  });

  it("a slot in the past cannot be held", async () => {
    const { asStudent, slot } = await scene({ hoursFromNow: 1 });
    clock.advance(2 * HOUR);
    await expect(failureOf(asStudent.booking.hold.mutate({ slotId: slot.id }))).resolves.toMatchObject({ appCode: "slot_in_past" });
  });

  it("a held slot is slot_unavailable to another student", async () => {
    const { slot, asStudent } = await scene();
    await asStudent.booking.hold.mutate({ slotId: slot.id });
    const other = await aStudentWithPackage(database.db);
    await expect(failureOf(clientFor(deps, other.session).booking.hold.mutate({ slotId: slot.id }))).resolves.toMatchObject({
      code: "CONFLICT",
      appCode: "slot_unavailable",
    });
  });
});

describe("hold expiry", () => {
  it("an expired hold cannot be confirmed, and its slot reopens", async () => {
    const { slot, asStudent, student } = await scene();
    const held = await asStudent.booking.hold.mutate({ slotId: slot.id });
    clock.advance(10 * 60_000);
    await expect(failureOf(asStudent.booking.confirm.mutate({ bookingId: held.id }))).resolves.toMatchObject({
      code: "PRECONDITION_FAILED",
      appCode: "hold_expired",
    });
    await expect(database.db.booking.findUniqueOrThrow({ where: { id: held.id } })).resolves.toMatchObject({ status: "EXPIRED" });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(10);
  });

  it("expireHolds marks stale holds EXPIRED and the slots show as open again", async () => {
    const { slot, asStudent, teacher } = await scene();
    await asStudent.booking.hold.mutate({ slotId: slot.id });
    const open = () => asStudent.scheduling.openSlots.query({ teacherId: teacher.id, limit: 100 });
    expect((await open()).items.map((item) => item.id)).not.toContain(slot.id);
    clock.advance(11 * 60_000);
    const admin = await aPerson(database.db, "ADMIN");
    const { expired } = await clientFor(deps, admin.session).booking.expireHolds.mutate();
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await open()).items.map((item) => item.id)).toContain(slot.id);
    await expect(database.db.outboxEvent.count({ where: { type: "booking.hold_expired", payload: { path: ["slotId"], equals: slot.id } } })).resolves.toBe(1);
    const other = await aStudentWithPackage(database.db);
    await expect(clientFor(deps, other.session).booking.hold.mutate({ slotId: slot.id })).resolves.toMatchObject({ status: "HOLD" });
  });
});

describe("cancel and the refund window", () => {
  it("a cancel more than 24 h ahead returns the lesson; the lesson is canceled too", async () => {
    const { asStudent, held, confirmed, student } = await confirmedBooking({ hoursFromNow: 48 });
    await expect(asStudent.booking.cancel.mutate({ bookingId: held.id })).resolves.toEqual({ id: held.id, status: "CANCELED", refunded: true });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(10);
    await expect(database.db.lesson.findUniqueOrThrow({ where: { id: confirmed.lessonId } })).resolves.toMatchObject({ status: "CANCELED" });
  });

  it("a cancel less than 24 h ahead does not", async () => {
    const { asStudent, held, student } = await confirmedBooking({ hoursFromNow: 5 });
    await expect(asStudent.booking.cancel.mutate({ bookingId: held.id })).resolves.toMatchObject({ refunded: false });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
  });

  it.each([
    ["24 h + 1 s before the start returns the lesson", 24 * HOUR + 1_000, true],
    ["exactly 24 h before the start does not", 24 * HOUR, false],
    ["24 h - 1 s before the start does not", 24 * HOUR - 1_000, false],
  ])("a cancel %s", async (_, msBeforeStart, refunded) => {
    const { asStudent, held, slot, student } = await confirmedBooking({ hoursFromNow: 72 });
    clock.set(new Date(slot.startsAt.getTime() - msBeforeStart));
    await expect(asStudent.booking.cancel.mutate({ bookingId: held.id })).resolves.toMatchObject({ refunded });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(refunded ? 10 : 9);
  });

  it("a cancel by the teacher always returns the lesson", async () => {
    const { asTeacher, held, student } = await confirmedBooking({ hoursFromNow: 2 });
    await expect(asTeacher.booking.cancel.mutate({ bookingId: held.id, reason: "ill" })).resolves.toMatchObject({ refunded: true });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(10);
  });

  it("a returned lesson makes a depleted package active again", async () => {
    const { asStudent, held, student } = await confirmedBooking({ lessons: 1 });
    await asStudent.booking.cancel.mutate({ bookingId: held.id });
    await expect(database.db.lessonPackage.findUniqueOrThrow({ where: { id: student.packageId } })).resolves.toMatchObject({
      status: "ACTIVE",
      lessonsLeft: 1,
    });
  });

  it("canceling a hold returns nothing and reopens the slot", async () => {
    const { asStudent, slot } = await scene();
    const held = await asStudent.booking.hold.mutate({ slotId: slot.id });
    await expect(asStudent.booking.cancel.mutate({ bookingId: held.id })).resolves.toMatchObject({ refunded: false });
    const other = await aStudentWithPackage(database.db);
    await expect(clientFor(deps, other.session).booking.hold.mutate({ slotId: slot.id })).resolves.toMatchObject({ status: "HOLD" });
  });
});

describe("reschedule", () => {
  it("keeps the balance (outside the window) and links the two bookings both ways", async () => {
    const { asStudent, held, teacher, student } = await confirmedBooking({ hoursFromNow: 48 });
    const newSlot = await aSlot(database.db, teacher.id, { hoursFromNow: 96, now: clock.now() });
    const moved = await asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: newSlot.id });
    expect(moved).toMatchObject({ status: "CONFIRMED", rescheduledFromId: held.id });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
    const old = await database.db.booking.findUniqueOrThrow({ where: { id: held.id }, include: { rescheduledTo: true, lesson: true } });
    expect(old.status).toBe("CANCELED");
    expect(old.rescheduledTo?.id).toBe(moved.id);
    expect(old.lesson?.status).toBe("CANCELED");
    await expect(database.db.lesson.count({ where: { bookingId: moved.id, status: "SCHEDULED" } })).resolves.toBe(1);
  });

  it("inside the window costs the lesson, as a cancel would", async () => {
    const { asStudent, held, teacher, student } = await confirmedBooking({ hoursFromNow: 5 });
    const newSlot = await aSlot(database.db, teacher.id, { hoursFromNow: 96, now: clock.now() });
    await asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: newSlot.id });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(8);
  });

  it("onto a taken slot fails whole: the old booking stays as it was", async () => {
    const { asStudent, held, teacher, student } = await confirmedBooking();
    const taken = await aSlot(database.db, teacher.id, { hoursFromNow: 120, now: clock.now() });
    const other = await aStudentWithPackage(database.db);
    await clientFor(deps, other.session).booking.hold.mutate({ slotId: taken.id });
    await expect(failureOf(asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: taken.id }))).resolves.toMatchObject({
      appCode: "slot_unavailable",
    });
    await expect(database.db.booking.findUniqueOrThrow({ where: { id: held.id } })).resolves.toMatchObject({ status: "CONFIRMED" });
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
  });
});

describe("idempotency", () => {
  it("a second confirm returns the booking unchanged with no second effect", async () => {
    const { asStudent, held, confirmed, student } = await confirmedBooking();
    await expect(asStudent.booking.confirm.mutate({ bookingId: held.id })).resolves.toEqual(confirmed);
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
    await expect(database.db.outboxEvent.count({ where: { type: "booking.confirmed", aggregateId: held.id } })).resolves.toBe(1);
  });

  it("a second cancel returns it unchanged", async () => {
    const { asStudent, held, student } = await confirmedBooking();
    const first = await asStudent.booking.cancel.mutate({ bookingId: held.id });
    await expect(asStudent.booking.cancel.mutate({ bookingId: held.id })).resolves.toEqual(first);
    expect(await lessonsLeft(database.db, student.packageId)).toBe(10);
    await expect(database.db.outboxEvent.count({ where: { type: "booking.canceled", aggregateId: held.id } })).resolves.toBe(1);
  });

  it("a retried reschedule returns the successor it already made", async () => {
    const { asStudent, held, teacher, student } = await confirmedBooking();
    const newSlot = await aSlot(database.db, teacher.id, { hoursFromNow: 200, now: clock.now() });
    const first = await asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: newSlot.id });
    await expect(asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: newSlot.id })).resolves.toEqual(first);
    await expect(database.db.booking.count({ where: { studentId: student.id } })).resolves.toBe(2);
    expect(await lessonsLeft(database.db, student.packageId)).toBe(9);
  });

  it("a hold with the same idempotency key returns the same booking", async () => {
    const { asStudent, slot, student } = await scene();
    const first = await asStudent.booking.hold.mutate({ slotId: slot.id, idempotencyKey: "click-1" });
    await expect(asStudent.booking.hold.mutate({ slotId: slot.id, idempotencyKey: "click-1" })).resolves.toEqual(first);
    await expect(database.db.booking.count({ where: { studentId: student.id } })).resolves.toBe(1);
  });
});

describe("lessons", () => {
  it("the teacher completes a lesson once it has begun, with notes; the student sees it", async () => {
    const { asTeacher, asStudent, confirmed, slot } = await confirmedBooking({ hoursFromNow: 30 });
    await expect(failureOf(asTeacher.lessons.complete.mutate({ lessonId: confirmed.lessonId }))).resolves.toMatchObject({
      appCode: "invalid_transition",
    });
    clock.set(new Date(slot.startsAt.getTime() + 30 * 60_000));
    await expect(asTeacher.lessons.complete.mutate({ lessonId: confirmed.lessonId, notes: "Worked on barre chords" })).resolves.toEqual({
      id: confirmed.lessonId,
      status: "COMPLETED",
    });
    const mine = await asStudent.lessons.my.query({ limit: 10 });
    expect(mine.items).toEqual([expect.objectContaining({ id: confirmed.lessonId, status: "COMPLETED", notes: "Worked on barre chords" })]);
  });

  it("a no-show is recorded with the teacher's notes, and a lesson that took place cannot be canceled", async () => {
    const { asTeacher, asStudent, confirmed, held, slot } = await confirmedBooking({ hoursFromNow: 30 });
    clock.set(new Date(slot.startsAt.getTime() + 10 * 60_000));
    await expect(
      asTeacher.lessons.markNoShow.mutate({ lessonId: confirmed.lessonId, notes: "Waited 15 minutes" }),
    ).resolves.toMatchObject({ status: "NO_SHOW" });
    const mine = await asStudent.lessons.my.query({ limit: 10 });
    expect(mine.items).toEqual([expect.objectContaining({ status: "NO_SHOW", notes: "Waited 15 minutes" })]);
    await expect(failureOf(asStudent.booking.cancel.mutate({ bookingId: held.id }))).resolves.toMatchObject({ appCode: "invalid_transition" });
  });
});

describe("scheduling", () => {
  it("a teacher's overlapping slot is refused as slot_overlap and nothing is written", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const asTeacher = clientFor(deps, teacher.session);
    const startsAt = new Date(clock.now().getTime() + 50 * HOUR);
    await asTeacher.scheduling.createSlot.mutate({ startsAt, durationMinutes: 60 });
    await expect(
      failureOf(asTeacher.scheduling.createSlot.mutate({ startsAt: new Date(startsAt.getTime() + 30 * 60_000), durationMinutes: 60 })),
    ).resolves.toMatchObject({ code: "CONFLICT", appCode: "slot_overlap" });
    await expect(database.db.slot.count({ where: { teacherId: teacher.id } })).resolves.toBe(1);
  });

  it("publishes a weekly pattern in the teacher's time zone", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    const slots = await clientFor(deps, teacher.session).scheduling.createWeeklySlots.mutate({
      weekdays: [1, 4],
      from: "18:00",
      to: "20:00",
      durationMinutes: 60,
      startDate: new Date(clock.now().getTime() + 7 * 24 * HOUR).toISOString().slice(0, 10),
      weeks: 2,
    });
    expect(slots).toHaveLength(8);
    const berlinHours = slots.map((slot) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(slot.startsAt),
    );
    expect(new Set(berlinHours)).toEqual(new Set(["18:00", "19:00"]));
  });

  it("a booked slot cannot be deleted; a free one can, and is no longer open", async () => {
    const { asTeacher, slot, asStudent, teacher } = await scene();
    await asStudent.booking.hold.mutate({ slotId: slot.id });
    await expect(failureOf(asTeacher.scheduling.deleteSlot.mutate({ slotId: slot.id }))).resolves.toMatchObject({ code: "CONFLICT" });
    const free = await aSlot(database.db, teacher.id, { hoursFromNow: 300, now: clock.now() });
    await expect(asTeacher.scheduling.deleteSlot.mutate({ slotId: free.id })).resolves.toEqual({ id: free.id });
    const open = await asStudent.scheduling.openSlots.query({ teacherId: teacher.id, limit: 100 });
    expect(open.items.map((item) => item.id)).not.toContain(free.id);
  });

  it("open slots are paginated with a cursor and filtered by date range", async () => {
    const teacher = await aPerson(database.db, "TEACHER");
    for (let hour = 0; hour < 5; hour++) await aSlot(database.db, teacher.id, { hoursFromNow: 400 + hour * 2, now: clock.now() });
    const { asStudent } = await scene();
    const first = await asStudent.scheduling.openSlots.query({ teacherId: teacher.id, limit: 2 });
    const second = await asStudent.scheduling.openSlots.query({ teacherId: teacher.id, limit: 2, cursor: first.nextCursor! });
    const third = await asStudent.scheduling.openSlots.query({ teacherId: teacher.id, limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items]).toHaveLength(5);
    expect(third.nextCursor).toBeNull();
    const from = new Date(clock.now().getTime() + 401 * HOUR);
    const to = new Date(clock.now().getTime() + 405 * HOUR);
    const ranged = await asStudent.scheduling.openSlots.query({ teacherId: teacher.id, from, to, limit: 10 });
    expect(ranged.items).toHaveLength(2);
  });
});

describe("holds are scarce", () => {
  async function studentAndSlots({ lessons, slots }: { lessons: number; slots: number }) {
    const teacher = await aPerson(database.db, "TEACHER");
    const student = await aStudentWithPackage(database.db, { lessons });
    const open = [];
    for (let i = 0; i < slots; i += 1) open.push(await aSlot(database.db, teacher.id, { hoursFromNow: 48 + 2 * i, now: clock.now() }));
    return { student, slots: open, asStudent: clientFor(deps, student.session) };
  }

  it("the fourth hold is refused with too_many_holds and holds nothing", async () => {
    const { student, slots, asStudent } = await studentAndSlots({ lessons: 10, slots: 4 });
    for (const slot of slots.slice(0, 3)) await asStudent.booking.hold.mutate({ slotId: slot.id });
    await expect(failureOf(asStudent.booking.hold.mutate({ slotId: slots[3]!.id }))).resolves.toMatchObject({
      code: "PRECONDITION_FAILED",
      appCode: "too_many_holds",
    });
    await expect(database.db.booking.count({ where: { studentId: student.id } })).resolves.toBe(3);
  });

  it("a student never holds more slots than lessons left", async () => {
    const { slots, asStudent } = await studentAndSlots({ lessons: 2, slots: 3 });
    await asStudent.booking.hold.mutate({ slotId: slots[0]!.id });
    await asStudent.booking.hold.mutate({ slotId: slots[1]!.id });
    await expect(failureOf(asStudent.booking.hold.mutate({ slotId: slots[2]!.id }))).resolves.toMatchObject({ appCode: "too_many_holds" });
  });

  it("lapsed, confirmed and released holds free their place", async () => {
    const { slots, asStudent } = await studentAndSlots({ lessons: 10, slots: 6 });
    const first = await asStudent.booking.hold.mutate({ slotId: slots[0]!.id });
    const second = await asStudent.booking.hold.mutate({ slotId: slots[1]!.id });
    await asStudent.booking.hold.mutate({ slotId: slots[2]!.id });
    await asStudent.booking.confirm.mutate({ bookingId: first.id });
    await asStudent.booking.cancel.mutate({ bookingId: second.id });
    await asStudent.booking.hold.mutate({ slotId: slots[3]!.id });
    await asStudent.booking.hold.mutate({ slotId: slots[4]!.id });
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    await expect(asStudent.booking.hold.mutate({ slotId: slots[5]!.id })).resolves.toMatchObject({ status: "HOLD" });
  });

  it("six holds racing from one student: exactly three succeed", async () => {
    const { student, slots, asStudent } = await studentAndSlots({ lessons: 10, slots: 6 });
    const outcomes = await Promise.allSettled(slots.map((slot) => asStudent.booking.hold.mutate({ slotId: slot.id })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    await expect(database.db.booking.count({ where: { studentId: student.id, status: "HOLD" } })).resolves.toBe(3);
  });

  it("rescheduling a hold keeps its expiry instead of renewing it", async () => {
    const { slots, asStudent } = await studentAndSlots({ lessons: 10, slots: 2 });
    const held = await asStudent.booking.hold.mutate({ slotId: slots[0]!.id });
    clock.set(new Date(clock.now().getTime() + 5 * 60_000));
    const moved = await asStudent.booking.reschedule.mutate({ bookingId: held.id, newSlotId: slots[1]!.id });
    const successor = await database.db.booking.findUniqueOrThrow({ where: { id: moved.id } });
    expect(successor.holdExpiresAt).toEqual(held.holdExpiresAt);
  });
});
