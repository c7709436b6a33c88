import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = "v1";

/** Seals and opens the TOTP secrets stored on users. */
export interface MfaSecretBox {
  seal(userId: string, secret: string): string;
  /** The secret, or undefined when the sealed text is not ours (another key, tampered with). */
  open(userId: string, sealed: string): string | undefined;
}

/**
 * AES-256-GCM with a key derived from AUTH_SECRET by HKDF-SHA-256 (its own `info`, so the key
 * is used for nothing else). Stored as `v1.<iv>.<tag>.<ciphertext>` in base64url: a database
 * dump alone does not give the secrets, and a changed row fails authentication instead of
 * decrypting to something else. The user's id is the additional data, so a sealed secret copied
 * onto another account does not open there.
 */
export function mfaSecretBox(authSecret: string): MfaSecretBox {
  const key = Buffer.from(hkdfSync("sha256", authSecret, "guitaronline", "mfa-totp-secret v1", 32));
  return {
    seal(userId, secret) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(userId));
      const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
      return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"))].join(".");
    },
    open(userId, sealed) {
      const [version, iv, tag, ciphertext] = sealed.split(".");
      if (version !== VERSION || !iv || !tag || ciphertext === undefined) return undefined;
      try {
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(userId));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        return undefined;
      }
    },
  };
}
