import type { Lesson, Tx } from "@guitaronline/db";
import { InvalidTransition } from "../errors.ts";
import { record, type Change } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import { changeOf } from "../state-machine.ts";
import { LESSON_TRANSITIONS } from "./transitions.ts";

/**
 * The one lesson of a confirmed booking, made in the booking's transaction. Returns the
 * `lesson.created` change for the caller to record with its own, in the same statement.
 */
export async function createLesson(
  tx: Tx,
  actor: Actor,
  booking: { id: string; studentId: string },
  slot: { teacherId: string; startsAt: Date; endsAt: Date },
): Promise<{ lesson: Lesson; created: Change }> {
  const lesson = await tx.lesson.create({
    data: { bookingId: booking.id, teacherId: slot.teacherId, studentId: booking.studentId, startsAt: slot.startsAt, endsAt: slot.endsAt },
  });
  const { studentId, teacherId, startsAt } = lesson;
  const created: Change = {
    actor,
    entity: { type: "lesson", id: lesson.id },
    events: [{ type: "lesson.created", payload: { lessonId: lesson.id, bookingId: booking.id, studentId, teacherId, startsAt } }],
  };
  return { lesson, created };
}

/** Cancels the lesson of a booking being canceled; one that has taken place cannot be. */
export async function cancelLesson(tx: Tx, actor: Actor, lesson: Lesson) {
  const change = changeOf(LESSON_TRANSITIONS, lesson.status, "CANCELED");
  if (change === "refused") throw new InvalidTransition("A lesson that has taken place cannot be canceled.");
  if (change === "no-op") return;
  await tx.lesson.update({ where: { id: lesson.id }, data: { status: "CANCELED" } });
  const { bookingId, studentId, teacherId } = lesson;
  await record(tx, {
    actor,
    entity: { type: "lesson", id: lesson.id },
    events: [{ type: "lesson.canceled", payload: { lessonId: lesson.id, bookingId, studentId, teacherId } }],
  });
}
