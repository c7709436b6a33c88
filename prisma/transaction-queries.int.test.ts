import pg from "pg";
import { afterEach, expect, it, vi } from "vitest";
import { aLesson, aPackage, aUserRow, testDatabaseForFile } from "@guitaronline/testbed/testing";

const database = testDatabaseForFile();

/** The most queries any one pg connection was given at once while `work` ran. */
async function mostQueriesAtOnce(work: () => Promise<unknown>): Promise<number> {
  const running = new WeakMap<pg.Client, number>();
  let most = 0;
  const query = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const now = (running.get(this) ?? 0) + 1;
    running.set(this, now);
    most = Math.max(most, now);
    const done = () => running.set(this, (running.get(this) ?? 1) - 1);
    const result = (query as (...args: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) result.then(done, done);
    return result as never;
  });
  await work();
  return most;
}

afterEach(() => vi.restoreAllMocks());

// pg 8 queues a second query on a busy connection with a deprecation warning; pg 9 refuses it.
it("a transaction hands its connection one query at a time, even when Prisma loads relations side by side", async () => {
  const { db } = database;
  const [teacher, student] = [await aUserRow(db, "TEACHER"), await aUserRow(db, "STUDENT")];
  const { booking } = await aLesson(db, { teacherId: teacher.id, studentId: student.id, packageId: (await aPackage(db, student.id)).id });

  const most = await mostQueriesAtOnce(() =>
    db.$transaction(async (tx) => {
      const read = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { slot: true, lesson: true, student: true } });
      expect(read.lesson?.bookingId).toBe(booking.id);
      await Promise.all([tx.booking.count(), tx.slot.count(), tx.lesson.count()]);
    }),
  );
  expect(most).toBe(1);
});
