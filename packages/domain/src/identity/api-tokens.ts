import { randomBytes } from "node:crypto";
import type { DomainDeps } from "../deps.ts";
import { NotFound } from "../errors.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import type { Principal } from "./principal.ts";
import { hashApiToken } from "./sessions.ts";

const TOKEN_PREFIX_LENGTH = 10;

/** A new personal API token. The token itself is returned once and only its hash is kept. */
export async function createApiToken(deps: DomainDeps, owner: Principal, { name }: { name: string }) {
  const token = `go_${randomBytes(32).toString("base64url")}`;
  return inOneTransaction(deps, async (tx) => {
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
    await record(tx, {
      actor: owner,
      entity: { type: "api_token", id: created.id },
      audit: "identity.api_token.created",
      metadata: { name: created.name },
    });
    return { ...created, token };
  });
}

export function listApiTokens(deps: DomainDeps, owner: Principal, _input: Record<string, never> = {}) {
  return deps.db.apiToken.findMany({
    where: { userId: owner.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the owner's tokens; someone else's token is NotFound, as if it did not exist. */
export async function revokeApiToken(deps: DomainDeps, owner: Principal, { tokenId }: { tokenId: string }) {
  return inOneTransaction(deps, async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: owner.id } });
    if (!token) throw new NotFound("The API token");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revoked = await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: deps.clock.now() },
      select: { id: true, revokedAt: true },
    });
    await record(tx, { actor: owner, entity: { type: "api_token", id: token.id }, audit: "identity.api_token.revoked" });
    return revoked;
  });
}
