// `pnpm ops <command>`: the operations a school runs by hand or on a schedule. Each command loads
// only its own modules: the scheduled backup runs this file in a small image with Node.js alone.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);

const USAGE = `pnpm ops <command>

  alertmanager-config [--out FILE|-]     render Alertmanager's config from the ALERT_* variables
                                         (default ops/alertmanager/rendered.yml)
  test-alert [--severity page|ticket]    fire a synthetic alert through ALERTMANAGER_URL
  silence [--hours N] [--comment TEXT] [matcher…]
                                         silence alerts for maintenance (no matcher: all of them)
  unsilence [SILENCE_ID]                 expire one silence, or every one these commands created
  backup [--dir DIR] [--keep N] [--every-hours N]
                                         pg_dump DATABASE_URL in custom format, keep the newest N
  restore FILE [--to DATABASE_URL] [--create] [--clean]
                                         restore a backup (default target: DATABASE_URL)
  smoke URL [--metrics-url URL|none]     health, readiness, metrics, sign-in and a read
                                         as SMOKE_EMAIL / SMOKE_PASSWORD (default: the demo student)

Settings come from the environment, or from .env at the repository root.`;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const alertmanagerUrl = () => process.env.ALERTMANAGER_URL ?? "http://127.0.0.1:9093";

const commands: Record<string, (args: string[]) => Promise<number>> = {
  async "alertmanager-config"(args) {
    const { values } = parseArgs({ args, options: { out: { type: "string" } } });
    const { alertmanagerConfigYaml } = await import("./lib/ops/alertmanager-config.ts");
    const yaml = alertmanagerConfigYaml(process.env);
    if (values.out === "-") process.stdout.write(yaml);
    else {
      const out = values.out ?? repoFile("ops/alertmanager/rendered.yml");
      // It holds the receivers' secrets: readable by the Alertmanager container, never committed.
      await writeFile(out, yaml, { mode: 0o644 });
      say(`Wrote ${out}`);
    }
    return 0;
  },

  async "test-alert"(args) {
    const { values } = parseArgs({ args, options: { severity: { type: "string", default: "ticket" } } });
    const { alertsNamed, fireTestAlert, SYNTHETIC_ALERT } = await import("./lib/ops/alertmanager-api.ts");
    await fireTestAlert(alertmanagerUrl(), values.severity);
    const [state] = await alertsNamed(alertmanagerUrl(), SYNTHETIC_ALERT);
    say(`Fired ${SYNTHETIC_ALERT} (severity ${values.severity}) at ${alertmanagerUrl()}: ${state?.status.state ?? "not listed"}.`);
    say("It resolves by itself in 5 minutes. Check that it arrived in every channel of that severity.");
    return state ? 0 : 1;
  },

  async silence(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { hours: { type: "string" }, comment: { type: "string", default: "maintenance" } },
    });
    const { createSilence, parseMatcher } = await import("./lib/ops/alertmanager-api.ts");
    const hours = positiveNumber("--hours", values.hours, 1);
    const id = await createSilence(alertmanagerUrl(), { matchers: positionals.map(parseMatcher), minutes: hours * 60, comment: values.comment });
    say(`Silence ${id} for ${hours} h (${positionals.join(" ") || "every alert"}). End it early: pnpm ops unsilence ${id}`);
    return 0;
  },

  async unsilence(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true });
    const { expireSilences } = await import("./lib/ops/alertmanager-api.ts");
    const ids = await expireSilences(alertmanagerUrl(), positionals[0]);
    say(ids.length > 0 ? `Expired ${ids.join(", ")}` : "No active silence created by pnpm ops.");
    return 0;
  },

  async backup(args) {
    const { values } = parseArgs({ args, options: { dir: { type: "string" }, keep: { type: "string" }, "every-hours": { type: "string" } } });
    const { backupDatabase } = await import("./lib/ops/backup.ts");
    const options = {
      databaseUrl: required("DATABASE_URL"),
      dir: values.dir ?? process.env.BACKUP_DIR ?? repoFile(".data/backups"),
      keep: positiveNumber("--keep / BACKUP_KEEP", values.keep ?? process.env.BACKUP_KEEP, 14),
    };
    const once = async () => {
      const startedAt = Date.now();
      const done = await backupDatabase(options);
      say(`Backed up to ${done.file} (${(done.bytes / 1024).toFixed(0)} KiB, ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
      for (const file of done.removed) say(`Removed ${file} (beyond the newest ${options.keep})`);
    };
    const everyHours = values["every-hours"] ?? process.env.BACKUP_INTERVAL_HOURS;
    if (everyHours === undefined) {
      await once();
      return 0;
    }
    // The scheduled service: a failed run is logged and retried at the next interval; the health
    // check sees .last-success grow old.
    const periodMs = positiveNumber("--every-hours / BACKUP_INTERVAL_HOURS", everyHours, 24) * 3_600_000;
    for (;;) {
      await once().catch((error: unknown) => process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`));
      await new Promise((resolve) => setTimeout(resolve, periodMs));
    }
  },

  async restore(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { to: { type: "string" }, create: { type: "boolean", default: false }, clean: { type: "boolean", default: false } },
    });
    const file = positionals[0];
    if (!file) throw new Error("which backup? pnpm ops restore FILE");
    const { restoreDatabase } = await import("./lib/ops/restore.ts");
    const databaseUrl = values.to ?? required("DATABASE_URL");
    await restoreDatabase({ file, databaseUrl, create: values.create, clean: values.clean });
    say(`Restored ${file} into ${new URL(databaseUrl).pathname.slice(1)}`);
    return 0;
  },

  async smoke(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { "metrics-url": { type: "string" } } });
    const url = positionals[0];
    if (!url) throw new Error("which URL? pnpm ops smoke https://school.example.com");
    const [{ createCheckRunner }, { smokeCheck }, demo] = await Promise.all([
      import("./lib/checks.ts"),
      import("./lib/ops/smoke.ts"),
      import("../prisma/seed/demo-accounts.ts"),
    ]);
    const runner = createCheckRunner("smoke");
    const passed = await smokeCheck(runner, {
      url,
      metricsUrl: values["metrics-url"],
      email: process.env.SMOKE_EMAIL ?? demo.DEMO_STUDENT_EMAIL,
      password: process.env.SMOKE_PASSWORD ?? demo.DEMO_PASSWORD,
    });
    say(`${runner.totals.passed} passed, ${runner.totals.failed} failed`);
    return passed ? 0 : 1;
  },
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    say(USAGE);
    return name && !["help", "--help", "-h"].includes(name) ? 2 : 0;
  }
  const dotEnv = repoFile(".env");
  if (existsSync(dotEnv)) process.loadEnvFile(dotEnv);
  return command(args);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
