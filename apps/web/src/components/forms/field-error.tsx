"use client";

import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** The id that ties a field to its error message (`aria-describedby`). */
const errorIdOf = (formId: string, field: string) => `${formId}-${field}-error`;

/** What a field with an error carries, so a screen reader reads the message with the field. */
export function invalidProps(formId: string, field: string, hasError: boolean) {
  return hasError ? { "aria-invalid": true, "aria-describedby": errorIdOf(formId, field) } : { "aria-invalid": false };
}

/** A field's error beside it, in the user's language; nothing when the field is fine. */
export function FieldError({ formId, field, message }: { formId: string; field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={errorIdOf(formId, field)} className="field-error">
      {message}
    </span>
  );
}

/**
 * Puts the server's field errors (a validation failure the browser's copy of the schema let
 * through) on their fields, so they show where the user looks.
 */
export function showServerFieldErrors<Values extends FieldValues>(error: unknown, setError: UseFormSetError<Values>) {
  if (!(error instanceof TRPCClientError)) return;
  const fieldErrors = (error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
  for (const field of Object.keys(fieldErrors)) setError(field.split(".")[0] as Path<Values>, { type: "server" });
}
