import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import type { Actor } from "../identity/actor.ts";
import type { Principal } from "../identity/principal.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";

export interface TeacherProfileChange {
  bio: string;
  instruments?: string[];
  timezone?: string;
}

/** A teacher writes their own public profile; their time zone is the one slots are published in. */
export async function upsertTeacherProfile(deps: DomainDeps, teacher: Principal, change: TeacherProfileChange) {
  return inOneTransaction(deps, async (tx) => {
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
  });
}

/** Approved, enabled teachers for students to choose from, by name, cursor-paginated. */
export async function listTeachers(deps: DomainDeps, _reader: Actor, page: PageQuery) {
  const rows = await deps.db.user.findMany({
    where: { role: "TEACHER", teacherApproved: true, disabledAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageArgs(page),
    select: { id: true, name: true, timezone: true, teacherProfile: { select: { bio: true, instruments: true } } },
  });
  const teachers = rows.map(({ teacherProfile, ...teacher }) => ({
    ...teacher,
    bio: teacherProfile?.bio ?? "",
    instruments: teacherProfile?.instruments ?? [],
  }));
  return pageOf(teachers, page);
}
