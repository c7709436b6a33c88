import { TRPCClientError } from "@trpc/client";
import type { SpreadSession } from "./spread-client.ts";

/** Refusals a busy school gives by design (two students after one slot, a hold that lapsed…), not errors. */
const DOMAIN_REFUSALS = new Set(["slot_unavailable", "too_many_holds", "hold_expired", "invalid_transition", "slot_overlap"]);

export interface Person {
  email: string;
  password: string;
}

export interface LoadTally {
  calls: number;
  signIns: number;
  refusals: Map<string, number>;
  /** Anything else: a 5xx, an unexpected code, a refused connection. The first few, described. */
  errors: string[];
  errorCount: number;
}

const HOUR = 3_600_000;
const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/**
 * A school's traffic for `seconds`, every request spread over the farm's web processes: teachers
 * publish slots and read their calendar; students read open slots, hold, confirm, cancel and
 * reschedule, and read their bookings; everyone signs in again now and then.
 */
export async function runMixedLoad(
  newSession: () => SpreadSession,
  { teachers, students, seconds }: { teachers: Person[]; students: Person[]; seconds: number },
): Promise<LoadTally> {
  const tally: LoadTally = { calls: 0, signIns: 0, refusals: new Map(), errors: [], errorCount: 0 };
  const until = Date.now() + seconds * 1000;
  const call = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    tally.calls += 1;
    try {
      return await work();
    } catch (error) {
      const appCode = error instanceof TRPCClientError ? (error.data as { appCode?: string } | undefined)?.appCode : undefined;
      if (appCode && DOMAIN_REFUSALS.has(appCode)) {
        tally.refusals.set(appCode, (tally.refusals.get(appCode) ?? 0) + 1);
        return undefined;
      }
      tally.errorCount += 1;
      if (tally.errors.length < 5) tally.errors.push(`${appCode ?? "no app code"}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const signedIn = async (person: Person) => {
    const session = newSession();
    tally.signIns += 1;
    await call(() => session.signIn(person.email, person.password));
    return session;
  };

  const teacher = async (person: Person, index: number) => {
    let session = await signedIn(person);
    // Each teacher publishes into hours of their own: no overlap with themselves, all in the future.
    for (let round = 0; Date.now() < until; round++) {
      if (round % 10 === 9) session = await signedIn(person);
      const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + (48 + round * 3 + index) * HOUR);
      await call(() => session.api.scheduling.createSlot.mutate({ startsAt, durationMinutes: 60 }));
      await call(() => session.api.scheduling.mySlots.query({ limit: 20 }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  };

  const student = async (person: Person) => {
    let session = await signedIn(person);
    for (let round = 0; Date.now() < until; round++) {
      if (round % 10 === 9) session = await signedIn(person);
      const open = await call(() => session.api.scheduling.openSlots.query({ limit: 20 }));
      const slot = pick(open?.items ?? []);
      if (!slot) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      const hold = await call(() => session.api.booking.hold.mutate({ slotId: slot.id }));
      if (hold) {
        const roll = Math.random();
        if (roll < 0.2) await call(() => session.api.booking.cancel.mutate({ bookingId: hold.id }));
        else {
          const confirmed = await call(() => session.api.booking.confirm.mutate({ bookingId: hold.id }));
          const other = pick((open?.items ?? []).filter((candidate) => candidate.id !== slot.id));
          if (confirmed && roll > 0.85 && other) await call(() => session.api.booking.reschedule.mutate({ bookingId: hold.id, newSlotId: other.id }));
          else if (confirmed && roll > 0.7) await call(() => session.api.booking.cancel.mutate({ bookingId: hold.id }));
        }
      }
      await call(() => session.api.booking.my.query({ limit: 10 }));
    }
  };

  await Promise.all([...teachers.map(teacher), ...students.map(student)]);
  return tally;
}
