import { randomUUID } from "node:crypto";
import { forgetOldIdempotencyKeys, SYSTEM } from "@guitaronline/domain";
import { beforeEach, describe, expect, it } from "vitest";
import { aLesson, aPerson, aSlot, aStudentWithPackage } from "../testing/factories.ts";
import { apiTestbed, clientFor, failureOf, testClock } from "../testing/harness.ts";

const HOUR = 3_600_000;
const clock = testClock();
const testbed = apiTestbed(clock);
const { database } = testbed;
beforeEach(() => clock.set(new Date()));

/** One actor ready to make a change, under a key, in two different ways. */
interface Scene {
  actorId: string;
  act(idempotencyKey: string): Promise<unknown>;
  /** Another request of the same procedure: under the first one's key it is a conflict. */
  actOtherwise(idempotencyKey: string): Promise<unknown>;
}

const aTeacher = async () => {
  const teacher = await aPerson(database.db, "TEACHER");
  return { teacher, asTeacher: clientFor(testbed.deps, teacher.session) };
};

/** A student holding two slots and a third slot free, all with one teacher. */
async function aStudentHoldingTwo() {
  const { teacher } = await aTeacher();
  const student = await aStudentWithPackage(database.db);
  const asStudent = clientFor(testbed.deps, student.session);
  const [first, second, free] = await Promise.all(
    [48, 72, 96].map((hoursFromNow) => aSlot(database.db, teacher.id, { hoursFromNow, now: clock.now() })),
  );
  const holds = [await asStudent.booking.hold.mutate({ slotId: first!.id }), await asStudent.booking.hold.mutate({ slotId: second!.id })];
  return { student, asStudent, holds: holds as [(typeof holds)[0], (typeof holds)[0]], free: free! };
}

/** A teacher with two lessons that have begun. */
async function aTeacherWithBegunLessons() {
  const { teacher, asTeacher } = await aTeacher();
  const student = await aStudentWithPackage(database.db);
  const lessons = await Promise.all(
    [-1, -3].map((hoursFromNow) => aLesson(database.db, { teacherId: teacher.id, studentId: student.id, packageId: student.packageId, hoursFromNow })),
  );
  return { teacher, asTeacher, lessonIds: lessons.map(({ lesson }) => lesson.id) as [string, string] };
}

const inHours = (hours: number) => new Date(clock.now().getTime() + hours * HOUR);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Each keyed change, the audit action its effect writes once, and a scene to make it in. */
const KEYED: { procedure: string; audit: string; scene: () => Promise<Scene> }[] = [
  {
    procedure: "booking.confirm",
    audit: "booking.confirmed",
    scene: async () => {
      const { student, asStudent, holds } = await aStudentHoldingTwo();
      return {
        actorId: student.id,
        act: (idempotencyKey) => asStudent.booking.confirm.mutate({ bookingId: holds[0].id, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asStudent.booking.confirm.mutate({ bookingId: holds[1].id, idempotencyKey }),
      };
    },
  },
  {
    procedure: "booking.cancel",
    audit: "booking.canceled",
    scene: async () => {
      const { student, asStudent, holds } = await aStudentHoldingTwo();
      return {
        actorId: student.id,
        act: (idempotencyKey) => asStudent.booking.cancel.mutate({ bookingId: holds[0].id, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asStudent.booking.cancel.mutate({ bookingId: holds[1].id, idempotencyKey }),
      };
    },
  },
  {
    procedure: "booking.reschedule",
    audit: "booking.rescheduled",
    scene: async () => {
      const { student, asStudent, holds, free } = await aStudentHoldingTwo();
      return {
        actorId: student.id,
        act: (idempotencyKey) => asStudent.booking.reschedule.mutate({ bookingId: holds[0].id, newSlotId: free.id, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asStudent.booking.reschedule.mutate({ bookingId: holds[1].id, newSlotId: free.id, idempotencyKey }),
      };
    },
  },
  {
    procedure: "lessons.complete",
    audit: "lesson.completed",
    scene: async () => {
      const { teacher, asTeacher, lessonIds } = await aTeacherWithBegunLessons();
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.lessons.complete.mutate({ lessonId: lessonIds[0], notes: "Scales", idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.lessons.complete.mutate({ lessonId: lessonIds[0], notes: "Chords", idempotencyKey }),
      };
    },
  },
  {
    procedure: "lessons.markNoShow",
    audit: "lesson.no_show",
    scene: async () => {
      const { teacher, asTeacher, lessonIds } = await aTeacherWithBegunLessons();
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.lessons.markNoShow.mutate({ lessonId: lessonIds[0], idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.lessons.markNoShow.mutate({ lessonId: lessonIds[1], idempotencyKey }),
      };
    },
  },
  {
    procedure: "scheduling.createSlot",
    audit: "scheduling.slots_created",
    scene: async () => {
      const { teacher, asTeacher } = await aTeacher();
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.scheduling.createSlot.mutate({ startsAt: inHours(30), durationMinutes: 60, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.scheduling.createSlot.mutate({ startsAt: inHours(40), durationMinutes: 60, idempotencyKey }),
      };
    },
  },
  {
    procedure: "scheduling.createWeeklySlots",
    audit: "scheduling.slots_created",
    scene: async () => {
      const { teacher, asTeacher } = await aTeacher();
      const pattern = { weekdays: [1, 4], from: "18:00", to: "20:00", durationMinutes: 60, startDate: isoDay(inHours(48)) };
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.scheduling.createWeeklySlots.mutate({ ...pattern, weeks: 2, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.scheduling.createWeeklySlots.mutate({ ...pattern, weeks: 3, idempotencyKey }),
      };
    },
  },
  {
    procedure: "scheduling.deleteSlot",
    audit: "scheduling.slot_deleted",
    scene: async () => {
      const { teacher, asTeacher } = await aTeacher();
      const [first, second] = [await aSlot(database.db, teacher.id, { hoursFromNow: 30 }), await aSlot(database.db, teacher.id, { hoursFromNow: 40 })];
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.scheduling.deleteSlot.mutate({ slotId: first.id, idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.scheduling.deleteSlot.mutate({ slotId: second.id, idempotencyKey }),
      };
    },
  },
  {
    procedure: "identity.updateProfile",
    audit: "identity.profile_updated",
    scene: async () => {
      const student = await aPerson(database.db, "STUDENT");
      const asStudent = clientFor(testbed.deps, student.session);
      return {
        actorId: student.id,
        act: (idempotencyKey) => asStudent.identity.updateProfile.mutate({ name: "Ada Lovelace", idempotencyKey }),
        actOtherwise: (idempotencyKey) => asStudent.identity.updateProfile.mutate({ name: "Ada Byron", idempotencyKey }),
      };
    },
  },
  {
    procedure: "teachers.upsertMyProfile",
    audit: "teacher.profile.updated",
    scene: async () => {
      const { teacher, asTeacher } = await aTeacher();
      return {
        actorId: teacher.id,
        act: (idempotencyKey) => asTeacher.teachers.upsertMyProfile.mutate({ bio: "Blues and jazz.", idempotencyKey }),
        actOtherwise: (idempotencyKey) => asTeacher.teachers.upsertMyProfile.mutate({ bio: "Classical.", idempotencyKey }),
      };
    },
  },
];

/** How many times the change took effect: each effect writes its audit row once. */
const effects = (actorId: string, action: string) => database.db.auditLog.count({ where: { actorId, action } });

describe.each(KEYED)("$procedure with an idempotency key", ({ audit, scene }) => {
  it("the same key twice acts once and answers the same", async () => {
    const { actorId, act } = await scene();
    const key = randomUUID();
    const first = await act(key);
    await expect(act(key)).resolves.toEqual(first);
    expect(await effects(actorId, audit)).toBe(1);
  });

  it("five racing duplicates act once and all answer the same", async () => {
    const { actorId, act } = await scene();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => act(key)));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await effects(actorId, audit)).toBe(1);
  });

  it("the same key with another request is idempotency_conflict and changes nothing", async () => {
    const { actorId, act, actOtherwise } = await scene();
    const key = randomUUID();
    await act(key);
    await expect(failureOf(actOtherwise(key))).resolves.toMatchObject({ code: "CONFLICT", appCode: "idempotency_conflict" });
    expect(await effects(actorId, audit)).toBe(1);
  });

  it("a key is its user's own: another user's same key is another request", async () => {
    const [mine, theirs] = [await scene(), await scene()];
    const key = randomUUID();
    await mine.act(key);
    await theirs.act(key);
    expect(await effects(mine.actorId, audit)).toBe(1);
    expect(await effects(theirs.actorId, audit)).toBe(1);
  });
});

describe("a refused change leaves no key, so its retry acts once the cause is gone", () => {
  const keysOf = (key: string) => database.db.idempotentRequest.count({ where: { key } });

  it("a confirm refused for want of a package (its expiries committed) acts on retry", async () => {
    const { student, asStudent, holds } = await aStudentHoldingTwo();
    const key = randomUUID();
    await database.db.lessonPackage.update({ where: { id: student.packageId }, data: { lessonsLeft: 0, status: "DEPLETED" } });
    await expect(failureOf(asStudent.booking.confirm.mutate({ bookingId: holds[0].id, idempotencyKey: key }))).resolves.toMatchObject({
      appCode: "no_active_package",
    });
    expect(await keysOf(key)).toBe(0);

    await database.db.lessonPackage.update({ where: { id: student.packageId }, data: { lessonsLeft: 10, status: "ACTIVE" } });
    await expect(asStudent.booking.confirm.mutate({ bookingId: holds[0].id, idempotencyKey: key })).resolves.toMatchObject({ status: "CONFIRMED" });
    expect(await keysOf(key)).toBe(1);
  });

  it("a slot refused by the database as an overlap is published on retry once the other slot is gone", async () => {
    const { teacher, asTeacher } = await aTeacher();
    const blocking = await aSlot(database.db, teacher.id, { hoursFromNow: 30, now: clock.now() });
    const key = randomUUID();
    const publish = () => asTeacher.scheduling.createSlot.mutate({ startsAt: blocking.startsAt, durationMinutes: 60, idempotencyKey: key });
    await expect(failureOf(publish())).resolves.toMatchObject({ appCode: "slot_overlap" });
    expect(await keysOf(key)).toBe(0);

    await database.db.slot.delete({ where: { id: blocking.id } });
    await expect(publish()).resolves.toMatchObject({ teacherId: teacher.id, startsAt: blocking.startsAt });
    expect(await effects(teacher.id, "scheduling.slots_created")).toBe(1);
  });

  it("a lesson marked too early is completed on retry once it has begun", async () => {
    const { teacher, asTeacher } = await aTeacher();
    const student = await aStudentWithPackage(database.db);
    const { lesson } = await aLesson(database.db, { teacherId: teacher.id, studentId: student.id, packageId: student.packageId, hoursFromNow: 1 });
    const key = randomUUID();
    const complete = () => asTeacher.lessons.complete.mutate({ lessonId: lesson.id, idempotencyKey: key });
    await expect(failureOf(complete())).resolves.toMatchObject({ appCode: "invalid_transition" });
    expect(await keysOf(key)).toBe(0);

    clock.advance(2 * HOUR);
    await expect(complete()).resolves.toEqual({ id: lesson.id, status: "COMPLETED" });
  });
});

describe("old keys", () => {
  it("the worker's sweep forgets keys older than 24 h and keeps the rest", async () => {
    const { teacher, asTeacher } = await aTeacher();
    const [old, fresh] = [randomUUID(), randomUUID()];
    await asTeacher.teachers.upsertMyProfile.mutate({ bio: "Old", idempotencyKey: old });
    await asTeacher.teachers.upsertMyProfile.mutate({ bio: "Fresh", idempotencyKey: fresh });
    await database.db.idempotentRequest.updateMany({ where: { key: old }, data: { createdAt: new Date(Date.now() - 25 * HOUR) } });

    await expect(forgetOldIdempotencyKeys({ db: database.db }, SYSTEM)).resolves.toEqual({ expired: 1 });
    const kept = await database.db.idempotentRequest.findMany({ where: { actorId: teacher.id } });
    expect(kept.map((row) => row.key)).toEqual([fresh]);
  });
});
