"use client";

import { useEffect } from "react";

/**
 * Keeps fetching an infinite query's next page until there is none, for views that need every
 * item at once (a week of slots, a student's bookings split into upcoming and past).
 */
export function useEveryPage(query: { hasNextPage: boolean; isFetchingNextPage: boolean; isError: boolean; fetchNextPage: () => unknown }) {
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
}
