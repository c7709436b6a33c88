/** A cursor page request: `cursor` is the id of the last item of the previous page. */
export interface PageQuery {
  cursor?: string;
  limit: number;
}

/** Prisma's arguments for the page after `cursor`, with one row more to tell whether another follows. */
export function pageArgs({ cursor, limit }: PageQuery) {
  return { cursor: cursor ? { id: cursor } : undefined, skip: cursor ? 1 : 0, take: limit + 1 };
}

/** The page read with `pageArgs`: its items, and the cursor of the next page when there is one. */
export function pageOf<Item extends { id: string }>(rows: Item[], { limit }: PageQuery) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}
