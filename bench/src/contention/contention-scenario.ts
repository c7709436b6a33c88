import { confirmBooking, holdBooking } from "@guitaronline/domain";
import { aTeacher, futureSlots, openSchool, studentsWithPackages, type School } from "../school/school.ts";
import type { BenchContext, Measurement, Scenario } from "../stack/scenario.ts";

const HOLDERS = 20;
const CONFIRMERS = 10;

/** The refusal a losing racer should get; anything else is worth a line of its own. */
const outcomeOf = (error: unknown) => (error as { appCode?: string }).appCode ?? (error instanceof Error ? error.message.split("\n")[0]! : String(error));

/** Broken invariants, counted by the database after the trials, over every row in it. */
async function countViolations(school: School) {
  const { rows } = await school.pool.query<{ slots: number; lessons: number; consumed: number; negative: number }>(`
    SELECT
      (SELECT count(*) FROM (SELECT slot_id FROM bookings WHERE status IN ('HOLD', 'CONFIRMED') GROUP BY slot_id HAVING count(*) > 1) AS s)::int AS slots,
      (SELECT count(*) FROM (SELECT booking_id FROM lessons GROUP BY booking_id HAVING count(*) > 1) AS l)::int AS lessons,
      (SELECT count(*) FROM lesson_packages p
        WHERE p.lessons_total - p.lessons_left <> (SELECT count(*) FROM bookings b WHERE b.package_id = p.id AND b.status = 'CONFIRMED'))::int AS consumed,
      (SELECT count(*) FROM lesson_packages WHERE lessons_left < 0)::int AS negative`);
  return rows[0]!;
}

/**
 * Races on one slot, through the domain's use-cases in-process (the HTTP API would take tens of
 * minutes for 30,000 transactions on this machine; the races are decided in the database either
 * way): per trial, 20 students hold one slot at once, then one student's hold is confirmed 10
 * times at once. Afterwards the database is asked for double bookings and negative balances.
 */
export const contentionScenario: Scenario = {
  name: "contention",
  async run({ databaseUrl, smoke, log }: BenchContext): Promise<Measurement[]> {
    const trials = smoke ? 20 : 1_000;
    const school = openSchool(databaseUrl);
    try {
      const teacher = await aTeacher(school);
      const holders = await studentsWithPackages(school, HOLDERS, trials);
      const [confirmer] = await studentsWithPackages(school, 1, trials);
      const slots = await futureSlots(school, teacher.id, 2 * trials);
      const outcomes = new Map<string, number>();
      const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      let trialsWithoutOneHold = 0;
      for (let trial = 0; trial < trials; trial++) {
        const slotId = slots[2 * trial]!;
        const held = await Promise.allSettled(holders.map((student) => holdBooking(school.deps, student.principal, { slotId })));
        held.forEach((result) => count(result.status === "fulfilled" ? "held" : `hold: ${outcomeOf(result.reason)}`));
        const winners = held.flatMap((result, index) => (result.status === "fulfilled" ? [{ booking: result.value, student: holders[index]! }] : []));
        if (winners.length !== 1) trialsWithoutOneHold += 1;
        // The winner confirms, so a student's holds never reach the cap in a later trial.
        for (const { booking, student } of winners) await confirmBooking(school.deps, student.principal, { bookingId: booking.id });

        const hold = await holdBooking(school.deps, confirmer!.principal, { slotId: slots[2 * trial + 1]! });
        const confirmed = await Promise.allSettled(Array.from({ length: CONFIRMERS }, () => confirmBooking(school.deps, confirmer!.principal, { bookingId: hold.id })));
        confirmed.forEach((result) => count(result.status === "fulfilled" ? "confirmed" : `confirm: ${outcomeOf(result.reason)}`));
        if ((trial + 1) % 100 === 0) log(`${trial + 1} of ${trials} trials`);
      }
      const violations = await countViolations(school);
      log(`outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}; violations: ${JSON.stringify(violations)}`);
      const doubleBookings = violations.slots + violations.lessons + violations.consumed;
      const detail = [...outcomes].map(([outcome, times]) => `${times} ${outcome}`).join(", ");
      return [
        {
          scenario: "contention",
          name: "double bookings",
          figures: { trials, doubleBookedSlots: violations.slots, bookingsWithTwoLessons: violations.lessons, packagesMiscounted: violations.consumed, trialsWithoutOneHold },
          summary:
            `${doubleBookings} after ${trials} × ${HOLDERS} holds of one slot and ${trials} × ${CONFIRMERS} confirms of one hold (domain in-process): ` +
            `slots held twice ${violations.slots}, bookings with two lessons ${violations.lessons}, packages miscounted ${violations.consumed}; ` +
            `${trialsWithoutOneHold} trials without exactly one hold`,
          target: "0",
          pass: doubleBookings === 0,
        },
        {
          scenario: "contention",
          name: "negative balances",
          figures: { negativeBalances: violations.negative },
          summary: String(violations.negative),
          target: "0",
          pass: violations.negative === 0,
        },
        { scenario: "contention", name: "outcomes", figures: Object.fromEntries(outcomes), summary: detail, target: "", pass: null },
      ];
    } finally {
      await school.close();
    }
  },
};
