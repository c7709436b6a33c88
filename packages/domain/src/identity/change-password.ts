import type { DomainDeps } from "../deps.ts";
import { WrongCurrentPassword } from "../errors.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { endAllSessions } from "./end-sessions.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { Principal } from "./principal.ts";

/**
 * A new password ends every session and token issued before it, this one included: the portal
 * signs in again with the new password, so only the person who knows it carries on.
 */
export async function changePassword(
  deps: DomainDeps,
  user: Principal,
  { currentPassword, newPassword }: { currentPassword: string; newPassword: string },
) {
  const newHash = await hashPassword(newPassword);
  return inOneTransaction(deps, async (tx) => {
    // Checked under the row lock, so two changes at once cannot both pass the old password.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${user.id}::uuid FOR UPDATE`;
    const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(passwordHash, currentPassword))) throw new WrongCurrentPassword();
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: newHash } });
    await endAllSessions(tx, user.id);
    await record(tx, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.password_changed" });
    return { id: user.id };
  });
}
