import type { Role } from "@guitaronline/db";
import type { DomainDeps } from "../deps.ts";
import { Forbidden, InvalidTransition, NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { endAllSessions } from "./end-sessions.ts";
import { pageArgs, pageOf, type PageQuery } from "../pagination.ts";
import type { Principal } from "./principal.ts";

const userSummary = {
  id: true,
  email: true,
  name: true,
  role: true,
  teacherApproved: true,
  disabledAt: true,
  createdAt: true,
} as const;

/** An admin lets a registered teacher publish slots. Approving twice changes nothing. */
export async function approveTeacher(deps: DomainDeps, admin: Principal, { userId }: { userId: string }) {
  return inOneTransaction(deps, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFound("The user");
    if (user.role !== "TEACHER") throw new InvalidTransition("Only a teacher can be approved.");
    const approved = { id: user.id, role: "TEACHER" as const, approved: true as const };
    if (user.teacherApproved) return approved;
    await tx.user.update({ where: { id: userId }, data: { teacherApproved: true } });
    await record(tx, { actor: admin, entity: { type: "user", id: userId }, audit: "admin.teacher.approved" });
    return approved;
  });
}

/**
 * Disabling ends the user's sessions and tokens at once and keeps them from signing in;
 * enabling lets them sign in again. An admin cannot disable themselves (and lock the school out).
 */
export async function setUserDisabled(deps: DomainDeps, admin: Principal, { userId, disabled }: { userId: string; disabled: boolean }) {
  if (disabled && userId === admin.id) throw new Forbidden("You cannot disable your own account.");
  return inOneTransaction(deps, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFound("The user");
    if (Boolean(user.disabledAt) === disabled) return tx.user.findUniqueOrThrow({ where: { id: userId }, select: userSummary });
    if (disabled) await endAllSessions(tx, userId);
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? deps.clock.now() : null },
      select: userSummary,
    });
    await record(tx, { actor: admin, entity: { type: "user", id: userId }, audit: disabled ? "admin.user.disabled" : "admin.user.enabled" });
    return updated;
  });
}

/** Ends every session and API token of `userId`: the user themself, or an admin for anyone. */
export async function signOutEverywhere(deps: DomainDeps, actor: Principal, { userId }: { userId: string }) {
  if (actor.id !== userId && actor.role !== "ADMIN") throw new NotFound("The user");
  return inOneTransaction(deps, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new NotFound("The user");
    await endAllSessions(tx, userId);
    await record(tx, { actor, entity: { type: "user", id: userId }, audit: "identity.signed_out_everywhere" });
    return { id: userId };
  });
}

export interface UserListQuery extends PageQuery {
  role?: Role;
  search?: string;
  pendingApproval?: boolean;
}

/** Users for the admin page, newest first, cursor-paginated. */
export async function listUsers(deps: DomainDeps, _admin: Principal, query: UserListQuery) {
  const search = query.search?.trim();
  const rows = await deps.db.user.findMany({
    where: {
      role: query.role,
      ...(query.pendingApproval ? { role: "TEACHER", teacherApproved: false } : {}),
      ...(search
        ? { OR: [{ email: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(query),
    select: userSummary,
  });
  return pageOf(rows, query);
}
