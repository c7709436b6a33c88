import type { LessonStatus } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { InvalidTransition, NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { changeOf } from "../state-machine.ts";
import { LESSON_TRANSITIONS } from "./transitions.ts";

const OUTCOME_EVENTS = { COMPLETED: "lesson.completed", NO_SHOW: "lesson.no_show" } as const;

/**
 * The teacher records how a lesson went: COMPLETED (with notes) or NO_SHOW, once it has begun.
 * Recording the same outcome again changes nothing.
 */
export async function recordLessonOutcome(
  deps: DomainDeps,
  teacher: Principal,
  input: { lessonId: string; outcome: Extract<LessonStatus, "COMPLETED" | "NO_SHOW">; notes?: string } & Keyed,
) {
  const { lessonId, outcome, notes } = input;
  const now = deps.clock.now();
  return inOneTransaction(
    deps,
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM lessons WHERE id = ${lessonId}::uuid FOR UPDATE`;
      const lesson = await tx.lesson.findUnique({ where: { id: lessonId } });
      if (!lesson || lesson.teacherId !== teacher.id) throw new NotFound("The lesson");
      const change = changeOf(LESSON_TRANSITIONS, lesson.status, outcome);
      if (change === "no-op") return { id: lesson.id, status: lesson.status };
      if (change === "refused") throw new InvalidTransition(`A lesson that is ${lesson.status.toLowerCase()} cannot change.`);
      if (lesson.startsAt > now) throw new InvalidTransition("A lesson can be marked once it has begun.");
      const updated = await tx.lesson.update({
        where: { id: lessonId },
        data: { status: outcome, notes: notes ?? lesson.notes, completedAt: now },
      });
      const { bookingId, studentId, teacherId } = lesson;
      await record(tx, {
        actor: teacher,
        entity: { type: "lesson", id: lessonId },
        audit: OUTCOME_EVENTS[outcome],
        events: [{ type: OUTCOME_EVENTS[outcome], payload: { lessonId, bookingId, studentId, teacherId } }],
      });
      return { id: updated.id, status: updated.status };
    },
    { idempotent: keyedRequest("lessons.recordOutcome", teacher, input) },
  );
}
