/** A status machine as a table: each status lists the statuses it may move to. */
export type Transitions<Status extends string> = { readonly [From in Status]: readonly Status[] };

export type Change = "no-op" | "allowed" | "refused";

/** What moving from one status to another is under `table`: the same status again is a no-op. */
export function changeOf<Status extends string>(table: Transitions<Status>, from: Status, to: Status): Change {
  if (from === to) return "no-op";
  return table[from].includes(to) ? "allowed" : "refused";
}
