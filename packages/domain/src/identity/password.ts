import { hash, verify, type Options } from "@node-rs/argon2";

// Argon2id with OWASP's second recommended setting (19 MiB, 2 passes): memory-hard, and about
// 20 ms per hash on a small server, so sign-in stays quick while guessing stays expensive.
// `algorithm: 2` is Algorithm.Argon2id, a const enum that isolated modules cannot read.
const ARGON2ID: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password and for a hash that is not one of ours, never an exception. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
