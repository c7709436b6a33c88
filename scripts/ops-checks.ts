// The checks of ops/: Prometheus config and alert rules (with their unit tests), the Alertmanager
// config the ALERT_* variables render, Grafana's provisioning and dashboards, the Caddy proxy and
// the compose file. Each tool is the real one (Debian's prometheus, prometheus-alertmanager,
// caddy, docker compose); a missing tool is a loud skip, and a failure under CI=true. Also the
// GitHub workflows' shape.
import { readdir, readFile, rm, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { repoRoot } from "@guitaronline/testbed/services";
import { createCheckRunner, type CheckRunner } from "./lib/checks.ts";
import { ALERT_VARIABLES, alertmanagerConfigYaml, PAGE_RECEIVER, TICKET_RECEIVER } from "./lib/ops/alertmanager-config.ts";
import { assertComposePromises, assertVariablesDocumented, composeCommand, composeConfigIsValid, readCompose } from "./lib/ops-checks/compose.ts";
import { readDashboards, readProvisioning } from "./lib/ops-checks/grafana.ts";
import { exportedSeriesNames } from "./lib/ops-checks/metric-names.ts";
import { assertDeployWorkflow, readWorkflows } from "./lib/ops-checks/workflows.ts";
import { assertValidPromql, metricNamesIn } from "./lib/ops-checks/promql.ts";
import { mustSucceed, which } from "./lib/ops-checks/tools.ts";
import type { RunnerTotals } from "./lib/test-report.ts";

const ops = (...path: string[]) => join(repoRoot, "ops", ...path);

/** Every channel set to an example value, so the check covers every receiver kind. */
const EXAMPLE_ALERT_ENV = {
  ALERT_SLACK_WEBHOOK_URL: "https://hooks.slack.example/services/T000/B000/XXXX",
  ALERT_SLACK_CHANNEL: "#school-alerts",
  ALERT_PAGERDUTY_ROUTING_KEY: "example-routing-key",
  ALERT_EMAIL_TO: "oncall@school.example",
  ALERT_EMAIL_FROM: "alerts@school.example",
  ALERT_SMTP_SMARTHOST: "smtp.school.example:587",
  ALERT_SMTP_USERNAME: "alerts",
  ALERT_SMTP_PASSWORD: "example",
  ALERT_WEBHOOK_URL: "http://127.0.0.1:9/alerts",
};

/** A check needing `tool`: skipped loudly when it is missing, failed under CI. */
async function withTool(runner: CheckRunner, tool: string, debianPackage: string, name: string, body: (path: string) => Promise<void>) {
  const path = which(tool);
  return path ? runner.check(name, () => body(path)) : runner.missing(name, `${tool} is not installed (Debian: apt-get install ${debianPackage})`);
}

async function alertRuleExprs(): Promise<string[]> {
  const { groups } = parse(await readFile(ops("prometheus", "alerts.yml"), "utf8")) as { groups: { rules: { expr: string }[] }[] };
  return groups.flatMap((group) => group.rules.map((rule) => rule.expr));
}

function assertKnownMetrics(where: string, exprs: string[], known: Set<string>): void {
  const unknown = [...new Set(exprs.flatMap(metricNamesIn))].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`${where} use metrics no app exports: ${unknown.join(", ")}`);
}

export async function runOpsChecks(): Promise<RunnerTotals> {
  const runner = createCheckRunner("ops");
  const work = await mkdtemp(join(tmpdir(), "go-ops-checks-"));
  try {
    await withTool(runner, "promtool", "prometheus", "promtool check config ops/prometheus/prometheus.yml", async (promtool) => {
      await mustSucceed(promtool, ["check", "config", ops("prometheus", "prometheus.yml")]);
    });
    await withTool(runner, "promtool", "prometheus", "promtool check rules ops/prometheus/alerts.yml", async (promtool) => {
      await mustSucceed(promtool, ["check", "rules", ops("prometheus", "alerts.yml")]);
    });
    const ruleTests = (await readdir(ops("prometheus", "tests"))).filter((name) => name.endsWith(".yml"));
    await withTool(runner, "promtool", "prometheus", `promtool test rules (${ruleTests.join(", ")}): web down, outbox lag, dead letters, stale holds`, async (promtool) => {
      await mustSucceed(promtool, ["test", "rules", ...ruleTests.map((name) => ops("prometheus", "tests", name))]);
    });

    const rendered = join(work, "alertmanager.yml");
    await writeFile(rendered, alertmanagerConfigYaml(EXAMPLE_ALERT_ENV));
    await withTool(runner, "amtool", "prometheus-alertmanager", "amtool check-config on the config rendered from every ALERT_* channel", async (amtool) => {
      await mustSucceed(amtool, ["check-config", rendered]);
    });
    await withTool(runner, "amtool", "prometheus-alertmanager", "amtool routes: severity=page to the page receiver, anything else to tickets", async (amtool) => {
      const routes = { "severity=page": PAGE_RECEIVER, "severity=ticket": TICKET_RECEIVER, "alertname=Unlabelled": TICKET_RECEIVER };
      for (const [labels, receiver] of Object.entries(routes)) {
        const answer = (await mustSucceed(amtool, ["config", "routes", "test", `--config.file=${rendered}`, labels])).split("\n").find((line) => line && !line.startsWith("Warning"));
        if (answer?.trim() !== receiver) throw new Error(`${labels} went to ${answer}, expected ${receiver}`);
      }
    });

    const known = exportedSeriesNames();
    const provisioning = await readProvisioning(ops("grafana", "provisioning")).catch((error: unknown) => error as Error);
    await runner.check("Grafana provisioning: data sources and a file dashboard provider", async () => {
      if (provisioning instanceof Error) throw provisioning;
    });
    await withTool(runner, "promtool", "prometheus", "Grafana dashboards load: web, worker and business panels on the provisioned data source, valid PromQL", async (promtool) => {
      if (provisioning instanceof Error) throw new Error("the provisioning did not load");
      const dashboards = await readDashboards(ops("grafana", "dashboards"), provisioning.datasourceUids);
      for (const uid of ["guitaronline-web", "guitaronline-worker", "guitaronline-business"]) {
        if (!dashboards.some((dashboard) => dashboard.uid === uid)) throw new Error(`no dashboard ${uid}`);
      }
      await assertValidPromql(promtool, dashboards.flatMap((dashboard) => dashboard.exprs));
      for (const dashboard of dashboards) assertKnownMetrics(`${dashboard.file}'s panels`, dashboard.exprs, known);
    });
    await runner.check("the alert rules use only metrics web and worker export", async () => {
      assertKnownMetrics("ops/prometheus/alerts.yml's rules", await alertRuleExprs(), known);
    });

    await withTool(runner, "caddy", "caddy", "caddy validate ops/caddy/Caddyfile (the proxy profile's one public URL)", async (caddy) => {
      await mustSucceed(caddy, ["validate", "--config", ops("caddy", "Caddyfile"), "--adapter", "caddyfile"], {
        env: { ...process.env, PUBLIC_HOST: "school.example.com", HOME: work },
      });
    });

    const { services, text } = await readCompose(repoRoot);
    await runner.check("docker-compose.yml: loopback-only monitoring, Grafana credentials from .env, the proxy trusted, .env.example complete", async () => {
      assertComposePromises(services, {
        dashboardPaths: provisioning instanceof Error ? [] : provisioning.dashboardPaths,
        alertmanagerConfig: "rendered.yml",
      });
      assertVariablesDocumented(text, await readFile(join(repoRoot, ".env.example"), "utf8"), ALERT_VARIABLES);
    });
    await runner.check("GitHub workflows parse; deploy is manual, confirmed, builds, migrates, smokes, with documented secrets", async () => {
      const workflows = await readWorkflows(join(repoRoot, ".github", "workflows"));
      assertDeployWorkflow(workflows.get("deploy.yml"), await readFile(join(repoRoot, "docs", "operations.md"), "utf8"));
    });

    const compose = await composeCommand();
    const composeCheck = "docker compose config with every profile (proxy, monitoring)";
    if (compose) await runner.check(composeCheck, () => composeConfigIsValid(compose, repoRoot, ["proxy", "monitoring"]));
    else await runner.missing(composeCheck, "neither `docker compose` nor docker-compose is installed (Debian: apt-get install docker-compose)");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return runner.totals;
}

// `node --import tsx scripts/ops-checks.ts` runs these checks alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  void runOpsChecks().then((totals) => {
    process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
    process.exit(totals.failed > 0 ? 1 : 0);
  });
}
