"use client";

import type { ReactNode } from "react";

/** A button that cannot be pressed twice while its action is in flight. */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
  type = "submit",
  onClick,
  variant = "primary",
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: ReactNode;
  type?: "submit" | "button";
  onClick?: () => void;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <button type={type} disabled={pending} aria-busy={pending} onClick={onClick} className={`button ${variant}`}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
