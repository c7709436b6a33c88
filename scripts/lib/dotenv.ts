import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@guitaronline/testbed/services";

/** Loads `.env` from the repository root when there is one; the real environment wins. */
export function loadDotEnv(): void {
  const path = join(repoRoot, ".env");
  if (existsSync(path)) process.loadEnvFile(path);
}
