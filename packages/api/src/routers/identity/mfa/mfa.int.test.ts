import { mfaSecretBox } from "@guitaronline/domain";
import { authenticator } from "otplib";
import { describe, expect, it } from "vitest";
import { createAuthOptions } from "../../../auth/auth-options.ts";
import { createAuthRateLimits } from "../../../rate-limit/auth-limits.ts";
import { AuthClient } from "../../../testing/auth-client.ts";
import { apiTestbed, aUser, clientFor, failureOf, TEST_SECRET, testClock, testConfig } from "../../../testing/harness.ts";
import type { ApiDeps } from "../../../api-deps.ts";

// A fixed time, 5 s into a 30-second TOTP step, so the codes the test makes and the ones the
// server checks agree exactly.
const clock = testClock(new Date(Math.floor(Date.now() / 30_000) * 30_000 + 5_000));
const testbed = apiTestbed(clock);
const box = mfaSecretBox(TEST_SECRET);

/** The code an authenticator app shows `offsetSeconds` from the test clock's now. */
const codeFor = (secret: string, offsetSeconds = 0) =>
  authenticator.clone({ epoch: clock.now().getTime() + offsetSeconds * 1000 }).generate(secret);

/** The TOTP secret as stored, opened with the server's key. */
async function storedSecret(userId: string): Promise<string> {
  const { mfaSecret } = await testbed.database.db.user.findUniqueOrThrow({ where: { id: userId }, select: { mfaSecret: true } });
  return box.open(userId, mfaSecret!)!;
}

const auditActions = async (userId: string) =>
  (await testbed.database.db.auditLog.findMany({ where: { entityId: userId }, orderBy: { id: "asc" }, select: { action: true } })).map(
    (row) => row.action,
  );

/** A user with two-factor sign-in on: their secret and recovery codes. */
async function enrolled(deps: ApiDeps = testbed.deps, role: "STUDENT" | "ADMIN" = "STUDENT") {
  const user = await aUser(testbed.database.db, role);
  const client = clientFor(deps, user.session);
  const { secret } = await client.identity.mfa.enroll.mutate();
  const { recoveryCodes } = await client.identity.mfa.confirm.mutate({ code: codeFor(secret) });
  return { user, client, secret, recoveryCodes };
}

/** The sign-in's own limits, with room for the many attempts of one test (its own memory limiter). */
function roomyDeps(): ApiDeps {
  const config = testConfig(testbed.database.url, { AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "100", AUTH_RATE_LIMIT_LOGIN_REQUESTS: "100" });
  return { ...testbed.deps, config, rateLimits: createAuthRateLimits(config) };
}

function authClient() {
  const deps = roomyDeps();
  return new AuthClient(deps, createAuthOptions(deps));
}

const errorOf = async (response: Response) => new URL(((await response.json()) as { url: string }).url).searchParams.get("error");

describe("identity.mfa: enrolment", () => {
  it("enroll gives a secret with its otpauth URL and QR code, stored encrypted, not yet in use", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(testbed.deps, user.session);
    const enrolment = await client.identity.mfa.enroll.mutate();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toBe(`otpauth://totp/GuitarOnline:${encodeURIComponent(user.email)}?secret=${enrolment.secret}&period=30&digits=6&algorithm=SHA1&issuer=GuitarOnline`);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const row = await testbed.database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaSecret).not.toContain(enrolment.secret);
    expect(await storedSecret(user.id)).toBe(enrolment.secret);
    expect(await client.identity.mfa.status.query()).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0, required: false });
  });

  it("confirm turns it on with a code from the stored secret and answers ten recovery codes once; audited", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(testbed.deps, user.session);
    await client.identity.mfa.enroll.mutate();
    const secret = await storedSecret(user.id);
    expect(await failureOf(client.identity.mfa.confirm.mutate({ code: codeFor(secret, 120) }))).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "invalid_mfa_code",
    });
    const { recoveryCodes } = await client.identity.mfa.confirm.mutate({ code: codeFor(secret) });
    expect(recoveryCodes).toHaveLength(10);
    const row = await testbed.database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mfaRecoveryCodes.join()).not.toContain(recoveryCodes[0]!.replace(/-/g, ""));
    expect(await client.identity.mfa.status.query()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(await failureOf(client.identity.mfa.enroll.mutate())).toMatchObject({ appCode: "invalid_transition" });
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(["identity.mfa.enrollment_started", "identity.mfa.enabled"]));
  });

  it("confirm without an enrolment, or twice, is an invalid transition", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(testbed.deps, user.session);
    expect(await failureOf(client.identity.mfa.confirm.mutate({ code: "123456" }))).toMatchObject({ appCode: "invalid_transition" });
  });
});

describe("identity.mfa: the credentials sign-in asks for the code", () => {
  it("no code: mfa_required; a wrong code: invalid_mfa_code; the right one signs in, and works only once", async () => {
    const { user, secret } = await enrolled();
    const auth = authClient;

    const noCode = auth();
    expect(await errorOf(await noCode.signIn({ email: user.email, password: user.password }))).toBe("mfa_required");
    expect(noCode.sessionCookie).toBeUndefined();

    const wrongPassword = auth();
    const refused = await wrongPassword.signIn({ email: user.email, password: "not it", code: codeFor(secret, 30) });
    expect(await errorOf(refused)).toBe("CredentialsSignin");

    clock.advance(30_000);
    const wrongCode = auth();
    expect(await errorOf(await wrongCode.signIn({ email: user.email, password: user.password, code: codeFor(secret, 300) }))).toBe(
      "invalid_mfa_code",
    );
    expect(wrongCode.sessionCookie).toBeUndefined();

    const right = auth();
    const code = codeFor(secret);
    expect((await right.signIn({ email: user.email, password: user.password, code })).status).toBe(200);
    expect(right.sessionCookie).toBeDefined();

    // The same code again, still inside its window: refused.
    const replay = auth();
    expect(await errorOf(await replay.signIn({ email: user.email, password: user.password, code }))).toBe("invalid_mfa_code");
    // So is the previous step's code: steps only move forward.
    expect(await errorOf(await auth().signIn({ email: user.email, password: user.password, code: codeFor(secret, -30) }))).toBe(
      "invalid_mfa_code",
    );
    expect(await auditActions(user.id)).toContain("identity.sign_in_failed");
  });

  it("a recovery code signs in instead of a TOTP code, once", async () => {
    const { user, recoveryCodes, client } = await enrolled();
    const recoveryCode = recoveryCodes[2]!;
    const first = authClient();
    expect((await first.signIn({ email: user.email, password: user.password, code: recoveryCode.toLowerCase() })).status).toBe(200);
    expect(first.sessionCookie).toBeDefined();
    const again = authClient();
    expect(await errorOf(await again.signIn({ email: user.email, password: user.password, code: recoveryCode }))).toBe("invalid_mfa_code");
    expect(await client.identity.mfa.status.query()).toMatchObject({ recoveryCodesLeft: 9 });
    expect(await auditActions(user.id)).toContain("identity.mfa.recovery_code_used");
  });

  it("an account without it signs in with the password alone, and an unneeded code is ignored", async () => {
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = authClient();
    expect((await client.signIn({ email: user.email, password: user.password })).status).toBe(200);
    expect(client.sessionCookie).toBeDefined();
  });
});

describe("identity.mfa: disable and new recovery codes", () => {
  it("disable needs the password and a code; afterwards the password alone signs in; audited", async () => {
    const { user, client, secret } = await enrolled();
    clock.advance(30_000);
    expect(await failureOf(client.identity.mfa.disable.mutate({ code: codeFor(secret), password: "wrong one" }))).toMatchObject({
      appCode: "invalid_credentials",
    });
    expect(await failureOf(client.identity.mfa.disable.mutate({ code: "000000", password: user.password }))).toMatchObject({
      appCode: "invalid_mfa_code",
    });
    await client.identity.mfa.disable.mutate({ code: codeFor(secret), password: user.password });
    expect(await client.identity.mfa.status.query()).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    const row = await testbed.database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ mfaSecret: null, mfaEnabledAt: null, mfaRecoveryCodes: [] });
    const auth = authClient();
    expect((await auth.signIn({ email: user.email, password: user.password })).status).toBe(200);
    expect(await auditActions(user.id)).toContain("identity.mfa.disabled");
  });

  it("a recovery code can turn it off too", async () => {
    const { user, client, recoveryCodes } = await enrolled();
    await client.identity.mfa.disable.mutate({ code: recoveryCodes[0]!, password: user.password });
    expect(await client.identity.mfa.status.query()).toMatchObject({ enabled: false });
  });

  it("regenerateRecoveryCodes needs a fresh TOTP code and ends the old codes", async () => {
    const { user, client, secret, recoveryCodes } = await enrolled();
    expect(await failureOf(client.identity.mfa.regenerateRecoveryCodes.mutate({ code: codeFor(secret) }))).toMatchObject({
      appCode: "invalid_mfa_code",
    });
    clock.advance(30_000);
    const fresh = await client.identity.mfa.regenerateRecoveryCodes.mutate({ code: codeFor(secret) });
    expect(fresh.recoveryCodes).toHaveLength(10);
    const auth = authClient();
    expect(await errorOf(await auth.signIn({ email: user.email, password: user.password, code: recoveryCodes[0]! }))).toBe("invalid_mfa_code");
    expect((await auth.signIn({ email: user.email, password: user.password, code: fresh.recoveryCodes[0]! })).status).toBe(200);
  });
});

describe("identity.mfa: limits and the admin requirement", () => {
  it("code attempts are limited per account", async () => {
    const config = testConfig(testbed.database.url, { AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "2" });
    const deps = { ...testbed.deps, config, rateLimits: createAuthRateLimits(config) };
    const user = await aUser(testbed.database.db, "STUDENT");
    const client = clientFor(deps, user.session);
    await client.identity.mfa.enroll.mutate();
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(await failureOf(client.identity.mfa.confirm.mutate({ code: "000000" }))).toMatchObject({ appCode: "invalid_mfa_code" });
    }
    const secret = await storedSecret(user.id);
    expect(await failureOf(client.identity.mfa.confirm.mutate({ code: codeFor(secret) }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      appCode: "rate_limited",
    });
  });

  it("with AUTH_REQUIRE_ADMIN_MFA an admin without it is refused admin procedures (mfa_required) until enrolled", async () => {
    const config = testConfig(testbed.database.url, { AUTH_REQUIRE_ADMIN_MFA: "true" });
    const deps = { ...testbed.deps, config };
    const admin = await aUser(testbed.database.db, "ADMIN");
    const client = clientFor(deps, admin.session);
    expect(await failureOf(client.admin.users.query({ limit: 5 }))).toMatchObject({ code: "FORBIDDEN", appCode: "mfa_required" });
    expect(await client.identity.mfa.status.query()).toMatchObject({ enabled: false, required: true });
    const { secret } = await client.identity.mfa.enroll.mutate();
    await client.identity.mfa.confirm.mutate({ code: codeFor(secret) });
    await expect(client.admin.users.query({ limit: 5 })).resolves.toBeTruthy();
  });

  it("without it (development, test) an admin needs no second factor", async () => {
    const admin = await aUser(testbed.database.db, "ADMIN");
    await expect(clientFor(testbed.deps, admin.session).admin.users.query({ limit: 5 })).resolves.toBeTruthy();
  });
});
