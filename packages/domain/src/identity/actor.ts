/** Someone not signed in (signing up or in), known at most by the address they call from. */
export interface Visitor {
  readonly ip?: string;
}

/** The school itself: the worker's schedules and the expiries a use-case finds on its way. */
export const SYSTEM = { system: true } as const;
type System = typeof SYSTEM;

/** Whoever a use-case acts for: a user (signed in, or just registered), a visitor, the system. */
export type Actor = { readonly id: string } | Visitor | System;

/** The user an audit row names: nobody for the system and for visitors. */
export function actorIdOf(actor: Actor): string | null {
  return "id" in actor ? actor.id : null;
}
