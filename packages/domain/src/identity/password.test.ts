import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";

describe("passwords", () => {
  it("are stored as salted argon2id hashes, never as given", async () => {
    const first = await hashPassword("guitar-demo-123");
    const second = await hashPassword("guitar-demo-123");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain("guitar-demo-123");
    expect(first).not.toBe(second);
  });

  it("verify only the password that was hashed", async () => {
    const stored = await hashPassword("guitar-demo-123");
    await expect(verifyPassword(stored, "guitar-demo-123")).resolves.toBe(true);
    await expect(verifyPassword(stored, "guitar-demo-124")).resolves.toBe(false);
  });

  it("treat a malformed stored hash as a wrong password", async () => {
    await expect(verifyPassword("not-a-hash", "anything")).resolves.toBe(false);
  });
});
