import { inTransaction, isUniqueViolation, type Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { EmailTaken, Forbidden } from "../errors.ts";
import { normaliseEmail } from "./email.ts";
import { hashPassword } from "./password.ts";

export interface Registration {
  email: string;
  password: string;
  name: string;
  /** Self-registration creates students, or teachers awaiting approval; never admins. */
  role: "STUDENT" | "TEACHER";
  locale: string;
  timezone?: string;
}

export async function registerUser(db: Db, registration: Registration, meta: { ip?: string } = {}) {
  if ((registration.role as string) === "ADMIN") throw new Forbidden("Nobody can register as an admin.");
  const email = normaliseEmail(registration.email);
  const passwordHash = await hashPassword(registration.password);
  try {
    return await inTransaction(db, async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          name: registration.name.trim(),
          passwordHash,
          role: registration.role,
          teacherApproved: false,
          locale: registration.locale,
          timezone: registration.timezone ?? "UTC",
          teacherProfile: registration.role === "TEACHER" ? { create: {} } : undefined,
        },
        select: { id: true, email: true, role: true },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "identity.registered",
        entityType: "user",
        entityId: user.id,
        metadata: { role: user.role, ...(meta.ip ? { ip: meta.ip } : {}) },
      });
      return { ...user, role: registration.role };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTaken();
    throw error;
  }
}
