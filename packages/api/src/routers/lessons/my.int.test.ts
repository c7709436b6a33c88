import { describe, expect, it } from "vitest";
import { aLesson, aPerson, aStudentWithPackage } from "../../testing/factories.ts";
import { apiTestbed, clientFor, failureOf } from "../../testing/harness.ts";

const HOUR = 3_600_000;
const testbed = apiTestbed();
const { database } = testbed;

/** A teacher with lessons 48 h and 1 h ago and in 24 h and 72 h, and a moment between them. */
async function aTeacherWithLessons() {
  const teacher = await aPerson(database.db, "TEACHER");
  const student = await aStudentWithPackage(database.db);
  const startsAt = new Map<number, string>();
  for (const hoursFromNow of [-48, -1, 24, 72]) {
    const { lesson } = await aLesson(database.db, { teacherId: teacher.id, studentId: student.id, packageId: student.packageId, hoursFromNow });
    startsAt.set(hoursFromNow, lesson.id);
  }
  const now = new Date();
  const inHours = (hours: number) => new Date(now.getTime() + hours * HOUR);
  return { asTeacher: clientFor(testbed.deps, teacher.session), lessonAt: (hours: number) => startsAt.get(hours)!, inHours };
}

describe("lessons.my by time", () => {
  it("from keeps the lessons starting then or later, soonest first", async () => {
    const { asTeacher, lessonAt, inHours } = await aTeacherWithLessons();
    const page = await asTeacher.lessons.my.query({ from: inHours(0) });
    expect(page.items.map((lesson) => lesson.id)).toEqual([lessonAt(24), lessonAt(72)]);
  });

  it("to with order desc reads the lessons before a moment latest first, a page at a time", async () => {
    const { asTeacher, lessonAt, inHours } = await aTeacherWithLessons();
    const first = await asTeacher.lessons.my.query({ to: inHours(0), order: "desc", limit: 1 });
    expect(first.items.map((lesson) => lesson.id)).toEqual([lessonAt(-1)]);
    const next = await asTeacher.lessons.my.query({ to: inHours(0), order: "desc", limit: 1, cursor: first.nextCursor! });
    expect(next).toEqual({ items: [expect.objectContaining({ id: lessonAt(-48) })], nextCursor: null });
  });

  it("from and to keep only the lessons starting in [from, to)", async () => {
    const { asTeacher, lessonAt, inHours } = await aTeacherWithLessons();
    const page = await asTeacher.lessons.my.query({ from: inHours(-2), to: inHours(48) });
    expect(page.items.map((lesson) => lesson.id)).toEqual([lessonAt(-1), lessonAt(24)]);
  });

  it("from after to is a bad request", async () => {
    const { asTeacher, inHours } = await aTeacherWithLessons();
    await expect(failureOf(asTeacher.lessons.my.query({ from: inHours(1), to: inHours(0) }))).resolves.toMatchObject({
      code: "BAD_REQUEST",
      appCode: "validation_failed",
      fieldErrors: { to: [expect.any(String)] },
    });
  });
});
