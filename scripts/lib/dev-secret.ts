import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * A random AUTH_SECRET kept in the git-ignored data folder, so a developer's sessions survive
 * a restart without anyone writing a secret by hand. Never used in production.
 */
export function localAuthSecret(path: string): string {
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, secret + "\n", { mode: 0o600 });
  return secret;
}
