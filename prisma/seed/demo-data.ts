import type { Db } from "@guitaronline/db";
import { hashPassword } from "@guitaronline/domain";

export const DEMO_PASSWORD = "guitar-demo-123";

export const DEMO_ACCOUNTS = [
  { email: "admin@guitaronline.dev", name: "Alexandra Admin", role: "ADMIN" },
  { email: "teacher@guitaronline.dev", name: "Mikhail Strings", role: "TEACHER" },
  { email: "student@guitaronline.dev", name: "Sasha Student", role: "STUDENT" },
] as const;

export class SeedRefusedError extends Error {}

/**
 * The demo school of API.md. Idempotent: a second run changes nothing but resets the demo
 * accounts' passwords. Refused in production, where demo sign-ins would be a back door.
 */
export async function seedDemoData(db: Db, { appEnv }: { appEnv: string }): Promise<void> {
  if (appEnv === "production") throw new SeedRefusedError("The demo data is never seeded in production.");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const isTeacher = account.role === "TEACHER";
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash, teacherApproved: isTeacher, timezone: "Europe/Berlin", locale: "en" },
      update: { passwordHash, role: account.role, teacherApproved: isTeacher, disabledAt: null },
    });
  }
  const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@guitaronline.dev" } });
  await db.teacherProfile.upsert({
    where: { userId: teacher.id },
    create: {
      userId: teacher.id,
      bio: "Classical and fingerstyle guitar, twenty years on stage and ten teaching online.",
      instruments: ["classical guitar", "acoustic guitar"],
    },
    update: {},
  });
}
