import { describe, expect, it } from "vitest";
import { aPerson, aSlot, aStudentWithPackage } from "../testing/factories.ts";
import { apiTestbed, clientFor, failureOf, testClock } from "../testing/harness.ts";

// What the student and teacher portal reads and writes beyond booking itself: the profile, a
// teacher's page, a teacher's week of slots, a weekly pattern's preview, the refund window.
const clock = testClock(new Date("2026-12-07T09:00:00Z")); // a Monday
const testbed = apiTestbed(clock);
const db = () => testbed.database.db;
const HOUR = 3_600_000;

describe("identity.updateProfile", () => {
  it("changes only the fields given, answers like identity.me and audits the fields", async () => {
    const student = await aPerson(db(), "STUDENT");
    const asStudent = clientFor(testbed.deps, student.session);
    const updated = await asStudent.identity.updateProfile.mutate({ locale: "ru", timezone: "Europe/Moscow" });
    expect(updated).toEqual(await asStudent.identity.me.query());
    expect(updated).toMatchObject({ locale: "ru", timezone: "Europe/Moscow", name: student.name });
    const renamed = await asStudent.identity.updateProfile.mutate({ name: "  Anna Petrova " });
    expect(renamed).toMatchObject({ name: "Anna Petrova", locale: "ru" });
    const audits = await db().auditLog.findMany({ where: { action: "identity.profile_updated", entityId: student.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => audit.metadata)).toEqual([{ fields: ["locale", "timezone"] }, { fields: ["name"] }]);
  });

  it("refuses an unknown language or zone and an empty name, naming the field, and changes nothing", async () => {
    const student = await aPerson(db(), "STUDENT");
    const asStudent = clientFor(testbed.deps, student.session);
    for (const [field, change] of [
      ["locale", { locale: "de" }],
      ["timezone", { timezone: "Mars/Olympus" }],
      ["name", { name: "   " }],
    ] as const) {
      const failure = await failureOf(asStudent.identity.updateProfile.mutate(change as never));
      expect(failure).toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed" });
      expect(Object.keys(failure.fieldErrors ?? {})).toEqual([field]);
    }
    await expect(db().user.findUniqueOrThrow({ where: { id: student.id } })).resolves.toMatchObject({ locale: "en", name: student.name });
  });
});

describe("teachers.get", () => {
  it("shows an approved teacher's page, with an empty profile before they write one", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    const asStudent = clientFor(testbed.deps, (await aPerson(db(), "STUDENT")).session);
    await expect(asStudent.teachers.get.query({ teacherId: teacher.id })).resolves.toEqual({
      id: teacher.id,
      name: teacher.name,
      bio: "",
      instruments: [],
      timezone: "Europe/Berlin",
    });
    await clientFor(testbed.deps, teacher.session).teachers.upsertMyProfile.mutate({ bio: "Flamenco", instruments: ["guitar"], timezone: "Europe/Madrid" });
    await expect(asStudent.teachers.get.query({ teacherId: teacher.id })).resolves.toMatchObject({
      bio: "Flamenco",
      instruments: ["guitar"],
      timezone: "Europe/Madrid",
    });
  });

  it("does not show a student, an unapproved or a disabled teacher", async () => {
    const asStudent = clientFor(testbed.deps, (await aPerson(db(), "STUDENT")).session);
    const disabled = await aPerson(db(), "TEACHER");
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: clock.now() } });
    for (const user of [await aPerson(db(), "STUDENT"), await aPerson(db(), "TEACHER", { approved: false }), disabled]) {
      await expect(failureOf(asStudent.teachers.get.query({ teacherId: user.id }))).resolves.toMatchObject({ appCode: "not_found" });
    }
  });
});

describe("scheduling.mySlots", () => {
  it("lists a teacher's own week with what is held, booked and by whom; a lapsed hold frees the slot", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    const other = await aPerson(db(), "TEACHER");
    const student = await aStudentWithPackage(db());
    const asStudent = clientFor(testbed.deps, student.session);
    const [free, held, booked, nextWeek] = await Promise.all(
      [24, 26, 28, 24 * 8].map((hoursFromNow) => aSlot(db(), teacher.id, { hoursFromNow, now: clock.now() })),
    );
    await aSlot(db(), other.id, { hoursFromNow: 25, now: clock.now() });
    const hold = await asStudent.booking.hold.mutate({ slotId: held!.id });
    const confirmed = await asStudent.booking.confirm.mutate({ bookingId: (await asStudent.booking.hold.mutate({ slotId: booked!.id })).id });

    const week = { from: clock.now(), to: new Date(clock.now().getTime() + 7 * 24 * HOUR) };
    const asTeacher = clientFor(testbed.deps, teacher.session);
    const { items } = await asTeacher.scheduling.mySlots.query(week);
    expect(items.map((slot) => [slot.id, slot.booking?.status ?? null, slot.booking?.studentName ?? null])).toEqual([
      [free!.id, null, null],
      [held!.id, "HOLD", student.name],
      [booked!.id, "CONFIRMED", student.name],
    ]);
    expect(items[2]!.booking!.id).toBe(confirmed.id);
    expect(items.map((slot) => slot.id)).not.toContain(nextWeek!.id);

    clock.advance(11 * 60_000);
    const later = await asTeacher.scheduling.mySlots.query(week);
    expect(later.items.find((slot) => slot.id === held!.id)!.booking).toBeNull();
    expect(hold.status).toBe("HOLD");
    clock.set(new Date("2026-12-07T09:00:00Z"));
  });

  it("is for teachers only", async () => {
    const asStudent = clientFor(testbed.deps, (await aPerson(db(), "STUDENT")).session);
    await expect(failureOf(asStudent.scheduling.mySlots.query({}))).resolves.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("scheduling.previewWeeklySlots", () => {
  const pattern = { weekdays: [1, 3], from: "18:00", to: "20:00", durationMinutes: 60, startDate: "2026-12-07", weeks: 2 };

  it("shows in the teacher's zone exactly what publishing would make, saving nothing", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    await db().user.update({ where: { id: teacher.id }, data: { timezone: "Europe/Moscow" } });
    const asTeacher = clientFor(testbed.deps, (await aPerson(db(), "TEACHER")).session);
    const asMoscowTeacher = clientFor(testbed.deps, teacher.session);
    const preview = await asMoscowTeacher.scheduling.previewWeeklySlots.query(pattern);
    expect(preview.timeZone).toBe("Europe/Moscow");
    expect(preview.slots).toHaveLength(8);
    // 18:00 in Moscow is 15:00 UTC.
    expect(preview.slots[0]!.startsAt.toISOString()).toBe("2026-12-07T15:00:00.000Z");
    expect(preview.slots.every((slot) => !slot.overlapsExisting)).toBe(true);
    await expect(db().slot.count({ where: { teacherId: teacher.id } })).resolves.toBe(0);

    const published = await asMoscowTeacher.scheduling.createWeeklySlots.mutate(pattern);
    expect(published.map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))).toEqual(
      preview.slots.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    );
    const again = await asMoscowTeacher.scheduling.previewWeeklySlots.query(pattern);
    expect(again.slots.every((slot) => slot.overlapsExisting)).toBe(true);
    // Another teacher's slots do not clash with yours.
    const elsewhere = await asTeacher.scheduling.previewWeeklySlots.query({ ...pattern, timeZone: "Europe/Moscow" });
    expect(elsewhere.slots.some((slot) => slot.overlapsExisting)).toBe(false);
  });

  it("leaves out the times already past, as publishing does", async () => {
    const asTeacher = clientFor(testbed.deps, (await aPerson(db(), "TEACHER")).session);
    const preview = await asTeacher.scheduling.previewWeeklySlots.query({ ...pattern, from: "08:00", to: "10:00", weekdays: [1], weeks: 1 });
    // The teacher is in Berlin: 08:00 and 09:00 there are 07:00 and 08:00 UTC, both before 09:00 UTC.
    expect(preview.slots).toEqual([]);
  });

  it("refuses a pattern that ends before it starts, naming the field", async () => {
    const asTeacher = clientFor(testbed.deps, (await aPerson(db(), "TEACHER")).session);
    const failure = await failureOf(asTeacher.scheduling.previewWeeklySlots.query({ ...pattern, to: "17:00" }));
    expect(failure).toMatchObject({ code: "BAD_REQUEST", appCode: "validation_failed" });
    expect(Object.keys(failure.fieldErrors ?? {})).toEqual(["to"]);
  });
});

describe("booking.my refund window", () => {
  it("tells the student before cancelling whether the lesson would come back, and the teacher that it always would", async () => {
    const teacher = await aPerson(db(), "TEACHER");
    const student = await aStudentWithPackage(db());
    const asStudent = clientFor(testbed.deps, student.session);
    const soon = await aSlot(db(), teacher.id, { hoursFromNow: 10, now: clock.now() });
    const later = await aSlot(db(), teacher.id, { hoursFromNow: 48, now: clock.now() });
    for (const slot of [soon!, later!]) {
      await asStudent.booking.confirm.mutate({ bookingId: (await asStudent.booking.hold.mutate({ slotId: slot.id })).id });
    }
    const bySlot = (items: { slot: { id: string }; willReturnLesson: boolean; refundDeadline: Date }[], id: string) =>
      items.find((item) => item.slot.id === id)!;

    const mine = (await asStudent.booking.my.query({})).items;
    expect(bySlot(mine, soon!.id)).toMatchObject({ willReturnLesson: false, refundDeadline: new Date(clock.now().getTime() - 14 * HOUR) });
    expect(bySlot(mine, later!.id)).toMatchObject({ willReturnLesson: true, refundDeadline: new Date(clock.now().getTime() + 24 * HOUR) });
    const theirs = (await clientFor(testbed.deps, teacher.session).booking.my.query({})).items;
    expect(bySlot(theirs, soon!.id).willReturnLesson).toBe(true);

    const soonBooking = bySlot(mine, soon!.id) as unknown as { id: string };
    await expect(asStudent.booking.cancel.mutate({ bookingId: soonBooking.id })).resolves.toMatchObject({ refunded: false });
  });
});
