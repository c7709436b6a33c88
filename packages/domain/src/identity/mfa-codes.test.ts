import { authenticator } from "otplib";
import { describe, expect, it } from "vitest";
import { acceptedTotpStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, spendRecoveryCode, totpStepAt } from "./mfa-codes.ts";
import { mfaSecretBox } from "./mfa-secret-box.ts";

const now = new Date("2026-11-25T12:00:10Z");
const secret = newTotpSecret();
const codeAt = (at: Date) => authenticator.clone({ epoch: at.getTime() }).generate(secret);
const seconds = (s: number) => new Date(now.getTime() + s * 1000);

describe("TOTP codes", () => {
  it("accepts the current code and those of the step before and after, and nothing further", () => {
    expect(acceptedTotpStep(secret, codeAt(now), now, null)).toBe(totpStepAt(now));
    expect(acceptedTotpStep(secret, codeAt(seconds(-30)), now, null)).toBe(totpStepAt(now) - 1);
    expect(acceptedTotpStep(secret, codeAt(seconds(30)), now, null)).toBe(totpStepAt(now) + 1);
    expect(acceptedTotpStep(secret, codeAt(seconds(-60)), now, null)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(seconds(90)), now, null)).toBeUndefined();
  });

  it("refuses a code of the last accepted step or earlier: a code works once", () => {
    const step = acceptedTotpStep(secret, codeAt(now), now, null)!;
    expect(acceptedTotpStep(secret, codeAt(now), seconds(5), step)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(seconds(-30)), now, step)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(seconds(30)), seconds(30), step)).toBe(step + 1);
  });

  it("refuses anything but six digits, and a code of another secret", () => {
    expect(acceptedTotpStep(secret, "12345", now, null)).toBeUndefined();
    expect(acceptedTotpStep(secret, "abcdef", now, null)).toBeUndefined();
    expect(acceptedTotpStep(newTotpSecret(), codeAt(now), now, null)).toBeUndefined();
    const code = codeAt(now);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(totpStepAt(now));
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of 60 random bits", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("work once each, typed in any case and with or without dashes", () => {
    const codes = newRecoveryCodes();
    const hashes = codes.map(hashRecoveryCode);
    const left = spendRecoveryCode(hashes, codes[3]!.toLowerCase().replace(/-/g, " "));
    expect(left).toHaveLength(9);
    expect(spendRecoveryCode(left!, codes[3]!)).toBeUndefined();
    expect(spendRecoveryCode(left!, codes[4]!)).toHaveLength(8);
    expect(spendRecoveryCode(hashes, "AAAA-BBBB-CCCC")).toBeUndefined();
  });
});

describe("the secret box", () => {
  const box = mfaSecretBox("a-real-secret-that-is-long-enough-123456");

  it("seals so that the stored text does not show the secret, and opens it again", () => {
    const sealed = box.seal("user-1", secret);
    expect(sealed).not.toContain(secret);
    expect(sealed).not.toBe(box.seal("user-1", secret));
    expect(box.open("user-1", sealed)).toBe(secret);
  });

  it("does not open for another user, another key, or a changed text", () => {
    const sealed = box.seal("user-1", secret);
    expect(box.open("user-2", sealed)).toBeUndefined();
    expect(mfaSecretBox("another-secret-that-is-long-enough-12345").open("user-1", sealed)).toBeUndefined();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(box.open("user-1", parts.join("."))).toBeUndefined();
    expect(box.open("user-1", "not sealed")).toBeUndefined();
  });
});
