import { randomBytes } from "node:crypto";
import { inTransaction, type Db } from "@guitaronline/db";
import { writeAudit } from "../audit.ts";
import { NotFound } from "../errors.ts";
import type { Principal } from "./principal.ts";
import { hashApiToken } from "./sessions.ts";

const TOKEN_PREFIX_LENGTH = 10;

/** A new personal API token. The token itself is returned once and only its hash is kept. */
export async function createApiToken(db: Db, owner: Principal, { name }: { name: string }) {
  const token = `go_${randomBytes(32).toString("base64url")}`;
  return inTransaction(db, async (tx) => {
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: owner.id },
      select: { sessionVersion: true },
    });
    const created = await tx.apiToken.create({
      data: {
        userId: owner.id,
        name: name.trim(),
        tokenHash: hashApiToken(token),
        tokenPrefix: token.slice(0, TOKEN_PREFIX_LENGTH),
        sessionVersion,
      },
      select: { id: true, name: true, tokenPrefix: true, createdAt: true },
    });
    await writeAudit(tx, {
      actorId: owner.id,
      action: "identity.api_token.created",
      entityType: "api_token",
      entityId: created.id,
      metadata: { name: created.name },
    });
    return { ...created, token };
  });
}

export function listApiTokens(db: Db, owner: Principal) {
  return db.apiToken.findMany({
    where: { userId: owner.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the owner's tokens; someone else's token is NotFound, as if it did not exist. */
export async function revokeApiToken(db: Db, owner: Principal, { tokenId }: { tokenId: string }) {
  return inTransaction(db, async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: owner.id } });
    if (!token) throw new NotFound("The API token");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revoked = await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: new Date() },
      select: { id: true, revokedAt: true },
    });
    await writeAudit(tx, {
      actorId: owner.id,
      action: "identity.api_token.revoked",
      entityType: "api_token",
      entityId: token.id,
    });
    return revoked;
  });
}
