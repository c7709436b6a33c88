import type { Tx } from "@guitaronline/db";
import QRCode from "qrcode";
import type { DomainDeps } from "../deps.ts";
import { InvalidMfaCode, InvalidTransition, WrongCurrentPassword } from "../errors.ts";
import { record } from "../events/record.ts";
import { inOneTransaction } from "../one-transaction.ts";
import {
  acceptedTotpStep,
  hashRecoveryCode,
  looksLikeTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  spendRecoveryCode,
} from "./mfa-codes.ts";
import type { MfaSecretBox } from "./mfa-secret-box.ts";
import { verifyPassword } from "./password.ts";
import type { Principal } from "./principal.ts";

const mfaFields = { id: true, mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true, mfaRecoveryCodes: true } as const;

interface MfaState {
  id: string;
  mfaSecret: string | null;
  mfaEnabledAt: Date | null;
  mfaLastStep: number | null;
  mfaRecoveryCodes: string[];
}

/** The user's two-factor state, read under their row lock so two codes at once cannot both pass. */
async function lockedMfaState(tx: Tx, userId: string): Promise<MfaState> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: mfaFields });
}

/**
 * Spends a second factor of an account with two-factor sign-in on: a TOTP code of a later time
 * step than the last one accepted, or an unused recovery code (then gone, and audited). False,
 * and nothing written, when it is neither.
 */
async function spendSecondFactor(
  tx: Tx,
  deps: DomainDeps,
  box: MfaSecretBox,
  state: MfaState,
  code: string,
): Promise<boolean> {
  if (looksLikeTotp(code)) {
    const secret = state.mfaSecret ? box.open(state.id, state.mfaSecret) : undefined;
    const step = secret ? acceptedTotpStep(secret, code, deps.clock.now(), state.mfaLastStep) : undefined;
    if (step === undefined) return false;
    await tx.user.update({ where: { id: state.id }, data: { mfaLastStep: step } });
    return true;
  }
  const left = spendRecoveryCode(state.mfaRecoveryCodes, code);
  if (!left) return false;
  await tx.user.update({ where: { id: state.id }, data: { mfaRecoveryCodes: left } });
  await record(tx, {
    actor: { id: state.id },
    entity: { type: "user", id: state.id },
    audit: "identity.mfa.recovery_code_used",
    metadata: { recoveryCodesLeft: left.length },
  });
  return true;
}

/**
 * Sign-in's second step, for an account with two-factor sign-in on: true when `code` is a valid
 * TOTP or recovery code (and now spent), false otherwise.
 */
export function checkSignInSecondFactor(deps: DomainDeps, box: MfaSecretBox, userId: string, code: string): Promise<boolean> {
  return inOneTransaction(deps, async (tx) => {
    const state = await lockedMfaState(tx, userId);
    return state.mfaEnabledAt !== null && (await spendSecondFactor(tx, deps, box, state, code));
  });
}

export async function mfaStatus(deps: DomainDeps, user: Principal) {
  const state = await deps.db.user.findUniqueOrThrow({ where: { id: user.id }, select: mfaFields });
  return {
    enabled: state.mfaEnabledAt !== null,
    enabledAt: state.mfaEnabledAt,
    recoveryCodesLeft: state.mfaEnabledAt ? state.mfaRecoveryCodes.length : 0,
  };
}

/** Whether the user has two-factor sign-in on (for the admin requirement). */
export async function hasMfaEnabled(deps: Pick<DomainDeps, "db">, userId: string): Promise<boolean> {
  const state = await deps.db.user.findUnique({ where: { id: userId }, select: { mfaEnabledAt: true } });
  return Boolean(state?.mfaEnabledAt);
}

/**
 * Starts enrolment: a new secret, stored sealed but not yet in use, for the user to add to their
 * authenticator app (by QR code or by hand). Starting again replaces it.
 */
export async function enrollMfa(deps: DomainDeps, user: Principal, box: MfaSecretBox) {
  const secret = newTotpSecret();
  const url = otpauthUrl(user.email, secret);
  await inOneTransaction(deps, async (tx) => {
    const state = await lockedMfaState(tx, user.id);
    if (state.mfaEnabledAt) throw new InvalidTransition("Two-factor sign-in is already on.");
    await tx.user.update({ where: { id: user.id }, data: { mfaSecret: box.seal(user.id, secret), mfaLastStep: null } });
    await record(tx, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.mfa.enrollment_started" });
  });
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, otpauthUrl: url, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** Turns two-factor sign-in on with a first code from the app; the recovery codes are shown once. */
export function confirmMfa(deps: DomainDeps, user: Principal, { code }: { code: string }, box: MfaSecretBox) {
  return inOneTransaction(deps, async (tx) => {
    const state = await lockedMfaState(tx, user.id);
    if (state.mfaEnabledAt) throw new InvalidTransition("Two-factor sign-in is already on.");
    const secret = state.mfaSecret ? box.open(user.id, state.mfaSecret) : undefined;
    if (!secret) throw new InvalidTransition("Start the set-up again: no authenticator is waiting to be confirmed.");
    const step = acceptedTotpStep(secret, code, deps.clock.now(), null);
    if (step === undefined) throw new InvalidMfaCode();
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({
      where: { id: user.id },
      data: { mfaEnabledAt: deps.clock.now(), mfaLastStep: step, mfaRecoveryCodes: recoveryCodes.map(hashRecoveryCode) },
    });
    await record(tx, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.mfa.enabled" });
    return { recoveryCodes };
  });
}

/** Turns two-factor sign-in off: the password and a code (TOTP or recovery) both, so a stolen session cannot. */
export async function disableMfa(
  deps: DomainDeps,
  user: Principal,
  { code, password }: { code: string; password: string },
  box: MfaSecretBox,
) {
  return inOneTransaction(deps, async (tx) => {
    const state = await lockedMfaState(tx, user.id);
    if (!state.mfaEnabledAt) throw new InvalidTransition("Two-factor sign-in is not on.");
    const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(passwordHash, password))) throw new WrongCurrentPassword();
    if (!(await spendSecondFactor(tx, deps, box, state, code))) throw new InvalidMfaCode();
    await tx.user.update({
      where: { id: user.id },
      data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, mfaRecoveryCodes: [] },
    });
    await record(tx, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.mfa.disabled" });
    return { id: user.id };
  });
}

/** New recovery codes for a current TOTP code; the old ones stop working. Shown once. */
export function regenerateRecoveryCodes(deps: DomainDeps, user: Principal, { code }: { code: string }, box: MfaSecretBox) {
  return inOneTransaction(deps, async (tx) => {
    const state = await lockedMfaState(tx, user.id);
    if (!state.mfaEnabledAt) throw new InvalidTransition("Two-factor sign-in is not on.");
    if (!looksLikeTotp(code) || !(await spendSecondFactor(tx, deps, box, state, code))) throw new InvalidMfaCode();
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({ where: { id: user.id }, data: { mfaRecoveryCodes: recoveryCodes.map(hashRecoveryCode) } });
    await record(tx, { actor: user, entity: { type: "user", id: user.id }, audit: "identity.mfa.recovery_codes_regenerated" });
    return { recoveryCodes };
  });
}
