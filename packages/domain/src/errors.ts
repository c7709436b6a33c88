/**
 * Every code a client may read from `error.data.appCode`. The portal has a message for each in
 * both languages, and a test holds it to that, so adding a code here means writing its messages.
 */
export const APP_CODES = [
  "validation_failed",
  "unauthorized",
  "forbidden",
  "not_found",
  "rate_limited",
  "temporarily_unavailable",
  "internal_error",
  "email_taken",
  "invalid_credentials",
  "invalid_transition",
  "slot_unavailable",
  "slot_in_past",
  "slot_overlap",
  "no_active_package",
  "hold_expired",
  "package_expired",
  "package_not_active",
  "idempotency_conflict",
  "too_many_holds",
  "mfa_required",
  "invalid_mfa_code",
] as const;

export type AppCode = (typeof APP_CODES)[number];

/** The tRPC code a failure travels as; the names are tRPC's, so the API passes them on as they are. */
export type ErrorKind =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

/** A failure the product expects and explains. `appCode` is stable: clients translate it. */
export abstract class DomainError extends Error {
  abstract readonly appCode: AppCode;
  abstract readonly kind: ErrorKind;
  /** Set when the caller may retry after this many seconds. */
  readonly retryAfterSeconds?: number;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  readonly appCode = "not_found";
  readonly kind = "NOT_FOUND";
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class Forbidden extends DomainError {
  readonly appCode = "forbidden";
  readonly kind = "FORBIDDEN";
  constructor(message = "You are not allowed to do this.") {
    super(message);
  }
}

export class EmailTaken extends DomainError {
  readonly appCode = "email_taken";
  readonly kind = "CONFLICT";
  constructor() {
    super("An account with this e-mail address already exists.");
  }
}

export class InvalidCredentials extends DomainError {
  readonly appCode = "invalid_credentials";
  readonly kind = "UNAUTHORIZED";
  constructor() {
    super("The e-mail address or the password is wrong.");
  }
}

export class InvalidTransition extends DomainError {
  readonly appCode = "invalid_transition";
  readonly kind = "CONFLICT";
}

export class RateLimited extends DomainError {
  readonly appCode = "rate_limited";
  readonly kind = "TOO_MANY_REQUESTS";
  constructor(override readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} s.`);
  }
}

export class TemporarilyUnavailable extends DomainError {
  readonly appCode = "temporarily_unavailable";
  readonly kind = "SERVICE_UNAVAILABLE";
  constructor(message = "This is temporarily unavailable. Please try again in a minute.") {
    super(message);
  }
}

/** The current password given to confirm a change was wrong: a bad request, not a sign-out. */
export class WrongCurrentPassword extends DomainError {
  readonly appCode = "invalid_credentials";
  readonly kind = "BAD_REQUEST";
  constructor() {
    super("The current password is wrong.");
  }
}

export class SlotUnavailable extends DomainError {
  readonly appCode = "slot_unavailable";
  readonly kind = "CONFLICT";
  constructor(message = "This slot is no longer available.") {
    super(message);
  }
}

export class SlotInPast extends DomainError {
  readonly appCode = "slot_in_past";
  readonly kind = "PRECONDITION_FAILED";
  constructor() {
    super("This time has already passed.");
  }
}

export class SlotOverlap extends DomainError {
  readonly appCode = "slot_overlap";
  readonly kind = "CONFLICT";
  constructor() {
    super("This slot overlaps one of your other slots.");
  }
}

export class NoActivePackage extends DomainError {
  readonly appCode = "no_active_package";
  readonly kind = "PRECONDITION_FAILED";
  constructor() {
    super("You have no active lesson package with lessons left.");
  }
}

export class TooManyHolds extends DomainError {
  readonly appCode = "too_many_holds";
  readonly kind = "PRECONDITION_FAILED";
  constructor(allowed: number) {
    super(`You can hold at most ${allowed} slot${allowed === 1 ? "" : "s"} at once: confirm or release one first.`);
  }
}

export class HoldExpired extends DomainError {
  readonly appCode = "hold_expired";
  readonly kind = "PRECONDITION_FAILED";
  constructor() {
    super("The hold on this slot has expired. Please book it again.");
  }
}

export class PackageExpired extends DomainError {
  readonly appCode = "package_expired";
  readonly kind = "PRECONDITION_FAILED";
  constructor() {
    super("This lesson package has expired.");
  }
}

export class PackageNotActive extends DomainError {
  readonly appCode = "package_not_active";
  readonly kind = "PRECONDITION_FAILED";
  constructor() {
    super("This lesson package is not active.");
  }
}

export class IdempotencyConflict extends DomainError {
  readonly appCode = "idempotency_conflict";
  readonly kind = "CONFLICT";
  constructor() {
    super("This idempotency key was already used for a different request.");
  }
}

/** The account has two-factor sign-in on and no code came, or an admin must turn it on first. */
export class MfaRequired extends DomainError {
  readonly appCode = "mfa_required";
  readonly kind = "FORBIDDEN";
  constructor(message = "Enter the code from your authenticator app or a recovery code.") {
    super(message);
  }
}

/** The authenticator code or recovery code was wrong, already used, or out of its time window. */
export class InvalidMfaCode extends DomainError {
  readonly appCode = "invalid_mfa_code";
  readonly kind = "BAD_REQUEST";
  constructor() {
    super("The code is wrong or was already used.");
  }
}
