import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { authenticator } from "otplib";

/** RFC 6238 defaults, which every authenticator app reads: 30 s steps, 6 digits, SHA-1. */
export const TOTP_STEP_SECONDS = 30;
/** Codes of the step before and after are accepted too, for clock drift and typing time. */
const WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "GuitarOnline";

export const totpStepAt = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS);

export const newTotpSecret = () => authenticator.generateSecret(20);

export const otpauthUrl = (email: string, secret: string) => authenticator.keyuri(email, ISSUER, secret);

/**
 * The time step a TOTP code belongs to, or undefined when it is wrong, outside the window, or
 * not later than `lastStep` (the step of the last code accepted): a code, even one observed
 * over someone's shoulder, works once.
 */
export function acceptedTotpStep(secret: string, code: string, now: Date, lastStep: number | null): number | undefined {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const checker = authenticator.clone({ epoch: now.getTime(), window: WINDOW_STEPS });
  const delta = checker.checkDelta(token, secret);
  if (delta === null) return undefined;
  const step = totpStepAt(now) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

// Crockford's base32 without I, L, O, U: easy to read and type.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Ten codes of 12 random characters (60 bits each), shown as `XXXX-XXXX-XXXX`. With that much
 * entropy a fast hash is safe: nobody can try 2^60 candidates against a leaked SHA-256, unlike
 * a human password, so checking one is a cheap lookup rather than ten argon2id runs.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(12)].map((byte) => ALPHABET[byte % 32]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Case, spaces and dashes do not matter when a recovery code is typed. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, "");
  return createHash("sha256").update(normalised).digest("hex");
}

/** The stored hashes without the one `code` matches, or undefined when it matches none. */
export function spendRecoveryCode(hashes: readonly string[], code: string): string[] | undefined {
  const candidate = Buffer.from(hashRecoveryCode(code), "hex");
  const index = hashes.findIndex((hash) => {
    const stored = Buffer.from(hash, "hex");
    return stored.length === candidate.length && timingSafeEqual(stored, candidate);
  });
  return index === -1 ? undefined : hashes.filter((_, i) => i !== index);
}

/** A recovery code looks like letters and digits with dashes; a TOTP code is six digits. */
export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));
