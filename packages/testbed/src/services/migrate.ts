import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

export interface PrismaRun {
  exitCode: number;
  output: string;
}

/** Runs the Prisma CLI from the repository root (where prisma.config.ts lives). */
export function runPrisma(args: string[], env: Record<string, string | undefined> = {}): Promise<PrismaRun> {
  const prismaCli = createRequire(`${repoRoot}package.json`).resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

/** `prisma migrate deploy`: the one command that applies migrations in dev, tests and production. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const { exitCode, output } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
  if (exitCode !== 0) throw new Error(`prisma migrate deploy failed (exit ${exitCode}):\n${output}`);
}
