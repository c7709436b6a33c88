import { inTransaction, type Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { WrongCurrentPassword } from "../errors.ts";
import { endAllSessions } from "./end-sessions.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { Principal } from "./principal.ts";

/**
 * A new password ends every session and token issued before it, this one included: the portal
 * signs in again with the new password, so only the person who knows it carries on.
 */
export async function changePassword(
  db: Db,
  user: Principal,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
) {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, currentPassword))) throw new WrongCurrentPassword();
  const newHash = await hashPassword(newPassword);
  await inTransaction(db, async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: newHash } });
    await endAllSessions(tx, user.id);
    await writeAudit(tx, { actorId: user.id, action: "identity.password_changed", entityType: "user", entityId: user.id });
  });
  return { id: user.id };
}
