import type { Tx } from "@guitaronline/db";
import { Forbidden, NotFound } from "../errors.ts";
import type { Principal } from "../identity/principal.ts";
import { BOOKABLE_TEACHER } from "../teaching/get-teacher.ts";

/** The teacher a slot is published for: the teacher themself, or the approved teacher an admin names. */
export async function publishingTeacher(tx: Pick<Tx, "user">, actor: Principal, teacherId?: string) {
  if (actor.role === "TEACHER") {
    if (teacherId && teacherId !== actor.id) throw new Forbidden("Teachers publish their own slots only.");
    return { id: actor.id, timezone: actor.timezone };
  }
  const teacher = teacherId
    ? await tx.user.findFirst({ where: { id: teacherId, ...BOOKABLE_TEACHER } })
    : null;
  if (!teacher) throw new NotFound("The teacher");
  return { id: teacher.id, timezone: teacher.timezone };
}
