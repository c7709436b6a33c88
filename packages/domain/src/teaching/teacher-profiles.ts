import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import { BOOKABLE_TEACHER, TEACHER_CARD_SELECT, teacherCard } from "./get-teacher.ts";

export interface TeacherProfileChange {
  bio: string;
  instruments?: string[];
  timezone?: string;
}

/** A teacher writes their own public profile; their time zone is the one slots are published in. */
export async function upsertTeacherProfile(deps: DomainDeps, teacher: Principal, change: TeacherProfileChange & Keyed) {
  return inOneTransaction(
    deps,
    async (tx) => {
      const instruments = change.instruments?.map((instrument) => instrument.trim()).filter(Boolean);
      const profile = await tx.teacherProfile.upsert({
        where: { userId: teacher.id },
        create: { userId: teacher.id, bio: change.bio, instruments: instruments ?? [] },
        update: { bio: change.bio, ...(instruments ? { instruments } : {}) },
      });
      const { timezone } = change.timezone
        ? await tx.user.update({ where: { id: teacher.id }, data: { timezone: change.timezone }, select: { timezone: true } })
        : teacher;
      await record(tx, { actor: teacher, entity: { type: "user", id: teacher.id }, audit: "teacher.profile.updated" });
      return { userId: profile.userId, bio: profile.bio, instruments: profile.instruments, timezone };
    },
    { idempotent: keyedRequest("teachers.upsertMyProfile", teacher, change) },
  );
}

/** Approved, enabled teachers for students to choose from, by name, cursor-paginated. */
export async function listTeachers(deps: DomainDeps, _reader: Actor, page: PageQuery) {
  const rows = await deps.db.user.findMany({
    where: BOOKABLE_TEACHER,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageArgs(page),
    select: TEACHER_CARD_SELECT,
  });
  return pageOf(rows.map(teacherCard), page);
}
