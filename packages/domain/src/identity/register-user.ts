import { isUniqueViolation } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { EmailTaken, Forbidden } from "../errors.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import type { Visitor } from "./actor.ts";
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

export async function registerUser(deps: DomainDeps, visitor: Visitor, registration: Registration) {
  if ((registration.role as string) === "ADMIN") throw new Forbidden("Nobody can register as an admin.");
  const email = normaliseEmail(registration.email);
  const passwordHash = await hashPassword(registration.password);
  try {
    return await inOneTransaction(deps, async (tx) => {
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
      await record(tx, {
        actor: user,
        entity: { type: "user", id: user.id },
        audit: "identity.registered",
        metadata: { role: user.role, ...(visitor.ip ? { ip: visitor.ip } : {}) },
      });
      return { ...user, role: registration.role };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTaken();
    throw error;
  }
}
