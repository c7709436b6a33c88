import type { DomainDeps } from "../deps.ts";
import { NotFound } from "../errors.ts";
import type { Actor } from "../identity/actor.ts";

/** Who students may book: approved teachers whose account is enabled. */
export const BOOKABLE_TEACHER = { role: "TEACHER", teacherApproved: true, disabledAt: null } as const;

export const TEACHER_CARD_SELECT = {
  id: true,
  name: true,
  timezone: true,
  teacherProfile: { select: { bio: true, instruments: true } },
} as const;

/** A teacher as the school shows them: a teacher without a profile yet has an empty one. */
export function teacherCard({
  teacherProfile,
  ...teacher
}: {
  id: string;
  name: string;
  timezone: string;
  teacherProfile: { bio: string; instruments: string[] } | null;
}) {
  return { ...teacher, bio: teacherProfile?.bio ?? "", instruments: teacherProfile?.instruments ?? [] };
}

/** One bookable teacher's public page; anyone else (a student, a disabled teacher) is not found. */
export async function getTeacher(deps: DomainDeps, _reader: Actor, { teacherId }: { teacherId: string }) {
  const teacher = await deps.db.user.findFirst({ where: { id: teacherId, ...BOOKABLE_TEACHER }, select: TEACHER_CARD_SELECT });
  if (!teacher) throw new NotFound("The teacher");
  return teacherCard(teacher);
}
