import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { principalFields, type Principal } from "./principal.ts";

export interface ProfileChange {
  name?: string;
  locale?: string;
  timezone?: string;
}

/**
 * A user changes their own name, language or time zone; the fields left out stay. Answers with
 * the user as `identity.me` shows them, so the portal can show the change at once.
 */
export async function updateProfile(deps: DomainDeps, user: Principal, change: ProfileChange): Promise<Principal> {
  return inOneTransaction(deps, async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { name: change.name, locale: change.locale, timezone: change.timezone },
      select: principalFields,
    });
    const changed = (Object.keys(change) as (keyof ProfileChange)[]).filter((field) => change[field] !== undefined);
    await record(tx, {
      actor: user,
      entity: { type: "user", id: user.id },
      audit: "identity.profile_updated",
      metadata: { fields: changed },
    });
    return updated;
  });
}
