import type { DomainDeps } from "../deps.ts";
import { record } from "../events/record.ts";
import { keyedRequest, type Keyed } from "../idempotency.ts";
import { inOneTransaction } from "../one-transaction.ts";
import { principalFields, type Principal } from "./principal.ts";

export interface ProfileChange {
  name?: string;
  locale?: string;
  timezone?: string;
}

const PROFILE_FIELDS = ["name", "locale", "timezone"] as const satisfies (keyof ProfileChange)[];

/**
 * A user changes their own name, language or time zone; the fields left out stay. Answers with
 * the user as `identity.me` shows them, so the portal can show the change at once.
 */
export async function updateProfile(deps: DomainDeps, user: Principal, input: ProfileChange & Keyed): Promise<Principal> {
  return inOneTransaction(
    deps,
    async (tx) => {
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { name: input.name, locale: input.locale, timezone: input.timezone },
        select: principalFields,
      });
      const changed = PROFILE_FIELDS.filter((field) => input[field] !== undefined);
      await record(tx, {
        actor: user,
        entity: { type: "user", id: user.id },
        audit: "identity.profile_updated",
        metadata: { fields: changed },
      });
      return updated;
    },
    { idempotent: keyedRequest("identity.updateProfile", user, input) },
  );
}
