"use client";

import { useErrorMessage } from "@/lib/use-error-message";

/** A server error as a human sentence in the user's language; nothing when there is none. */
export function ErrorAlert({ error }: { error: unknown }) {
  const errorMessage = useErrorMessage();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {errorMessage(error)}
    </p>
  );
}
