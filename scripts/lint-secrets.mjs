// The secret check of `pnpm lint` and of the pre-commit hook (.githooks/pre-commit): no .env file
// may be committed (only .env.example), and secretlint's recommended rules must find no secret in
// the files git tracks or would track. `--staged` checks only what is about to be committed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
const staged = process.argv.includes("--staged");
const files = (staged ? git("diff", "--cached", "--name-only", "--diff-filter=ACMR") : git("ls-files", "--cached", "--others", "--exclude-standard"))
  .filter((file) => existsSync(join(root, file)));

const envFiles = files.filter((file) => /^\.env(\..+)?$/.test(basename(file)) && basename(file) !== ".env.example");
if (envFiles.length > 0) {
  process.stderr.write(`Secrets check: .env files must never be committed: ${envFiles.join(", ")}\n`);
  process.exit(1);
}
// Lockfiles hold only integrity hashes; the binary-ish ones are not text worth scanning.
const scanned = files.filter((file) => !/(^|\/)pnpm-lock\.yaml$|\.(png|jpe?g|gif|ico|woff2?|wasm)$/.test(file));
if (scanned.length === 0) process.exit(0);
const secretlint = join(root, "node_modules", ".bin", "secretlint");
const result = spawnSync(secretlint, ["--maskSecrets", ...scanned], { cwd: root, stdio: "inherit" });
if (result.status !== 0) process.stderr.write("Secrets check: secretlint found a secret (above). Remove it, and rotate it if it was ever pushed.\n");
process.exit(result.status ?? 1);
