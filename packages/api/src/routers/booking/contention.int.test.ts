import { describe, expect, it } from "vitest";
import { aPerson, aSlot, aStudentWithPackage, lessonsLeft } from "../../testing/factories.ts";
import { apiTestbed, clientFor, failureOf } from "../../testing/harness.ts";

const ROUNDS = 50;
// A thousand concurrent calls per test: about 10 s on an idle machine, several times that when the
// machine is shared, so each test says how long it may take.
const HEAVY = { timeout: 180_000 };
const testbed = apiTestbed();

describe("no double booking under contention", () => {
  it(`20 concurrent holds of one slot: exactly one HOLD and 19 slot_unavailable (${ROUNDS} rounds)`, HEAVY, async () => {
    const teacher = await aPerson(testbed.database.db, "TEACHER");
    const students = await Promise.all(Array.from({ length: 20 }, () => aStudentWithPackage(testbed.database.db, { lessons: 100 })));
    const clients = students.map((student) => clientFor(testbed.deps, student.session));
    for (let round = 0; round < ROUNDS; round++) {
      const slot = await aSlot(testbed.database.db, teacher.id, { hoursFromNow: 48 + round });
      const outcomes = await Promise.all(
        clients.map((client) =>
          client.booking.hold.mutate({ slotId: slot.id }).then(
            () => "HOLD",
            async (error) => (await failureOf(Promise.reject(error))).appCode,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome === "HOLD")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "slot_unavailable")).toHaveLength(19);
      await expect(testbed.database.db.booking.count({ where: { slotId: slot.id } })).resolves.toBe(1);
      // The winner releases its hold, so the cap on a student's holds never decides a later round.
      const winner = outcomes.indexOf("HOLD");
      const won = await testbed.database.db.booking.findFirstOrThrow({ where: { slotId: slot.id } });
      await clients[winner]!.booking.cancel.mutate({ bookingId: won.id });
    }
  });

  it(`10 concurrent confirms of one hold: one lesson consumed, one lesson made (${ROUNDS} rounds)`, HEAVY, async () => {
    const teacher = await aPerson(testbed.database.db, "TEACHER");
    const student = await aStudentWithPackage(testbed.database.db, { lessons: 200 });
    const client = clientFor(testbed.deps, student.session);
    for (let round = 0; round < ROUNDS; round++) {
      const slot = await aSlot(testbed.database.db, teacher.id, { hoursFromNow: 500 + round });
      const held = await client.booking.hold.mutate({ slotId: slot.id });
      const results = await Promise.all(Array.from({ length: 10 }, () => client.booking.confirm.mutate({ bookingId: held.id })));
      expect(new Set(results.map((result) => result.lessonId)).size).toBe(1);
      await expect(testbed.database.db.lesson.count({ where: { bookingId: held.id } })).resolves.toBe(1);
      expect(await lessonsLeft(testbed.database.db, student.packageId)).toBe(200 - (round + 1));
    }
  });

  it(`two confirms racing for the student's last lesson: one succeeds, the other is no_active_package (${ROUNDS} rounds)`, HEAVY, async () => {
    const teacher = await aPerson(testbed.database.db, "TEACHER");
    for (let round = 0; round < ROUNDS; round++) {
      const student = await aStudentWithPackage(testbed.database.db, { lessons: 2 });
      const client = clientFor(testbed.deps, student.session);
      const slots = await Promise.all([0, 1].map((offset) => aSlot(testbed.database.db, teacher.id, { hoursFromNow: 1_000 + 2 * round + offset })));
      const holds = await Promise.all(slots.map((slot) => client.booking.hold.mutate({ slotId: slot.id })));
      // Two holds need two lessons; one is then taken elsewhere, leaving both holds one lesson.
      await testbed.database.db.lessonPackage.update({ where: { id: student.packageId }, data: { lessonsLeft: 1 } });
      const outcomes = await Promise.all(
        holds.map((held) =>
          client.booking.confirm.mutate({ bookingId: held.id }).then(
            () => "CONFIRMED",
            async (error) => (await failureOf(Promise.reject(error))).appCode,
          ),
        ),
      );
      expect(outcomes.sort()).toEqual(["CONFIRMED", "no_active_package"]);
      expect(await lessonsLeft(testbed.database.db, student.packageId)).toBe(0);
      await expect(testbed.database.db.lesson.count({ where: { studentId: student.id } })).resolves.toBe(1);
    }
  });
});
