import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { runCaptured } from "@guitaronline/testbed/services";
import { mustSucceed, which } from "./tools.ts";

interface Service {
  ports?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  networks?: Record<string, { ipv4_address?: string }>;
  command?: string[];
}

export const MONITORING_SERVICES = ["prometheus", "alertmanager", "grafana"];

/** `docker compose` (v2 plugin) or `docker-compose` (v1), whichever this machine has. */
export async function composeCommand(): Promise<string[] | undefined> {
  const docker = which("docker");
  if (docker && (await runCaptured(docker, ["compose", "version"])).exitCode === 0) return [docker, "compose"];
  const v1 = which("docker-compose");
  return v1 ? [v1] : undefined;
}

/** Compose's own validation of the file with every profile on, with .env made from .env.example. */
export async function composeConfigIsValid(compose: string[], repoRoot: string, profiles: string[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "go-compose-"));
  try {
    await copyFile(join(repoRoot, "docker-compose.yml"), join(dir, "docker-compose.yml"));
    await copyFile(join(repoRoot, ".env.example"), join(dir, ".env"));
    const [command, ...args] = compose as [string, ...string[]];
    const profileArgs = profiles.flatMap((profile) => ["--profile", profile]);
    await mustSucceed(command, [...args, ...profileArgs, "config", "--quiet"], {
      cwd: dir,
      env: { ...process.env, GRAFANA_ADMIN_USER: "check", GRAFANA_ADMIN_PASSWORD: "check" },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function readCompose(repoRoot: string): Promise<{ services: Record<string, Service>; text: string }> {
  const text = await readFile(join(repoRoot, "docker-compose.yml"), "utf8");
  return { services: (parse(text, { merge: true }) as { services: Record<string, Service> }).services, text };
}

/**
 * What the compose file promises beyond its syntax: monitoring and the web app published on the
 * loopback by default, Grafana's credentials from the environment with no default, the proxy's
 * address the one web and worker trust for X-Forwarded-For, Grafana's dashboards mounted where
 * the provider reads them, Alertmanager reading the rendered config.
 */
export function assertComposePromises(services: Record<string, Service>, expected: { dashboardPaths: string[]; alertmanagerConfig: string }): void {
  const problems: string[] = [];
  for (const name of MONITORING_SERVICES) {
    for (const port of services[name]?.ports ?? []) {
      if (!port.startsWith("${MONITORING_BIND_ADDRESS:-127.0.0.1}:")) problems.push(`${name} publishes ${port} beyond the loopback by default`);
    }
  }
  for (const port of services.web?.ports ?? []) {
    if (!port.startsWith("${WEB_BIND_ADDRESS:-127.0.0.1}:")) problems.push(`web publishes ${port} beyond the loopback by default`);
  }
  const grafanaEnv = services.grafana?.environment ?? {};
  for (const [key, variable] of [["GF_SECURITY_ADMIN_USER", "GRAFANA_ADMIN_USER"], ["GF_SECURITY_ADMIN_PASSWORD", "GRAFANA_ADMIN_PASSWORD"]]) {
    if (grafanaEnv[key!] !== `\${${variable}}`) problems.push(`grafana ${key} must be \${${variable}} with no default, is ${String(grafanaEnv[key!])}`);
  }
  const proxyAddress = services.proxy?.networks?.default?.ipv4_address;
  if (!proxyAddress) problems.push("the proxy has no fixed address for the app to trust");
  for (const name of ["web", "worker"]) {
    const env = services[name]?.environment ?? {};
    const trusted = String(env.AUTH_RATE_LIMIT_TRUSTED_PROXY_IPS ?? "").split(",").map((each) => each.trim());
    if (proxyAddress && !trusted.includes(proxyAddress)) problems.push(`${name} does not trust the proxy's address ${proxyAddress}`);
    if (env.NEXTAUTH_URL !== `https://${services.proxy?.environment?.PUBLIC_HOST}`) {
      problems.push(`${name} NEXTAUTH_URL (${String(env.NEXTAUTH_URL)}) is not the proxy's https://PUBLIC_HOST`);
    }
  }
  const grafanaMounts = (services.grafana?.volumes ?? []).map((volume) => volume.split(":")[1]);
  for (const path of expected.dashboardPaths) {
    if (!grafanaMounts.includes(path)) problems.push(`Grafana's dashboard provider reads ${path}, which compose does not mount`);
  }
  if (!(services.alertmanager?.command ?? []).includes(`--config.file=/etc/alertmanager/${expected.alertmanagerConfig}`)) {
    problems.push(`alertmanager does not read the rendered ${expected.alertmanagerConfig}`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/** Every `${NAME…}` the compose file reads is listed in .env.example (set or commented out). */
export function assertVariablesDocumented(composeText: string, envExample: string, extra: readonly string[]): void {
  const used = new Set([...composeText.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]!));
  const missing = [...used, ...extra].filter((name) => !new RegExp(`^#?\\s*${name}=`, "m").test(envExample));
  if (missing.length > 0) throw new Error(`.env.example does not list ${[...new Set(missing)].join(", ")}`);
}
