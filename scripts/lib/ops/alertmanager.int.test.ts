// A real Alertmanager (Debian's prometheus-alertmanager) with the config `pnpm ops
// alertmanager-config` renders, delivering to a webhook receiver in this process: severity
// routing, inhibition, the test alert and maintenance silences, end to end.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@guitaronline/testbed/services";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testsNeeding } from "../checks.ts";
import { stopChild } from "../child-processes.ts";
import { which } from "../ops-checks/tools.ts";
import { alertsNamed, postAlerts, SYNTHETIC_ALERT } from "./alertmanager-api.ts";
import { runOpsCommand } from "./ops-cli.ts";

const alertmanagerTool = testsNeeding(
  which("prometheus-alertmanager") ?? which("alertmanager"),
  "NO ALERTMANAGER: apt-get install prometheus-alertmanager",
  "the alert routing tests are SKIPPED",
);

interface Notification {
  receiver: string;
  status: string;
  alerts: { labels: Record<string, string> }[];
}

describe.runIf(alertmanagerTool.run)("alert delivery through a real Alertmanager", () => {
  const notifications: Notification[] = [];
  let receiver: Server;
  let alertmanager: ChildProcess;
  let url = "";
  let dir = "";

  const delivered = (alertname: string) =>
    vi.waitUntil(() => notifications.find((each) => each.alerts.some((alert) => alert.labels.alertname === alertname)), { timeout: 20_000, interval: 100 });
  const stateOf = async (alertname: string) => (await alertsNamed(url, alertname))[0]?.status;

  beforeAll(async () => {
    const binary = alertmanagerTool.found();
    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        notifications.push(JSON.parse(body) as Notification);
        response.end();
      });
    });
    receiver.listen(0, "127.0.0.1");
    await once(receiver, "listening");
    const receiverPort = (receiver.address() as { port: number }).port;

    dir = await mkdtemp(join(tmpdir(), "go-alertmanager-"));
    const config = join(dir, "alertmanager.yml");
    const rendered = await runOpsCommand(["alertmanager-config", "--out", config], {
      ALERT_WEBHOOK_URL: `http://127.0.0.1:${receiverPort}/alerts`,
      ALERT_GROUP_WAIT: "1s",
    });
    expect(rendered.exitCode, rendered.output).toBe(0);
    expect(await readFile(config, "utf8")).toContain(`http://127.0.0.1:${receiverPort}/alerts`);

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    alertmanager = spawn(
      binary,
      [`--config.file=${config}`, `--storage.path=${join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--cluster.listen-address="],
      { stdio: "ignore" },
    );
    await vi.waitUntil(() => fetch(`${url}/-/ready`).then((response) => response.ok, () => false), { timeout: 20_000, interval: 100 });
  });

  afterAll(async () => {
    if (alertmanager) await stopChild(alertmanager);
    receiver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("`pnpm ops test-alert` reaches the page receiver for a page and the ticket receiver otherwise", async () => {
    const page = await runOpsCommand(["test-alert", "--severity", "page"], { ALERTMANAGER_URL: url });
    expect(page.exitCode, page.output).toBe(0);
    expect(page.output).toContain(`Fired ${SYNTHETIC_ALERT} (severity page)`);
    const paged = await delivered(SYNTHETIC_ALERT);
    expect(paged).toMatchObject({ receiver: "page", status: "firing" });
    expect(paged.alerts[0]!.labels).toMatchObject({ alertname: SYNTHETIC_ALERT, severity: "page" });

    await postAlerts(url, [{ labels: { alertname: "QueueGrowing", severity: "ticket" } }, { labels: { alertname: "NoSeverity" } }]);
    expect((await delivered("QueueGrowing")).receiver).toBe("ticket");
    expect((await delivered("NoSeverity")).receiver).toBe("ticket");
  });

  it("the web app down hides its error-rate alert; a page hides the ticket of the same alert", async () => {
    const postedAt = Date.now();
    await postAlerts(url, [
      { labels: { alertname: "WebDown", severity: "page", job: "web" } },
      { labels: { alertname: "HighServerErrorRate", severity: "page" } },
      { labels: { alertname: "DiskFilling", severity: "page" } },
      { labels: { alertname: "DiskFilling", severity: "ticket" } },
    ]);
    expect((await delivered("WebDown")).receiver).toBe("page");
    await vi.waitUntil(async () => (await stateOf("HighServerErrorRate"))?.state === "suppressed", { timeout: 10_000, interval: 100 });
    expect((await stateOf("HighServerErrorRate"))?.inhibitedBy.length).toBeGreaterThan(0);
    const diskTicket = (await alertsNamed(url, "DiskFilling")).find((alert) => alert.labels.severity === "ticket");
    expect(diskTicket?.status.inhibitedBy.length).toBeGreaterThan(0);
    expect((await delivered("DiskFilling")).receiver).toBe("page");
    // Every group has flushed after twice the group wait (1 s): the inhibited alerts were not sent.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, postedAt + 2_500 - Date.now())));
    const named = (alertname: string, receiverName?: string) =>
      notifications.filter((each) => (!receiverName || each.receiver === receiverName) && each.alerts.some((alert) => alert.labels.alertname === alertname));
    expect(named("HighServerErrorRate")).toEqual([]);
    expect(named("DiskFilling", "ticket")).toEqual([]);
  });

  it("`pnpm ops silence` mutes the matching alerts until `pnpm ops unsilence` expires the silence", async () => {
    const silenced = await runOpsCommand(["silence", "--hours", "1", "--comment", "test maintenance", "alertname=MaintenanceProbe"], { ALERTMANAGER_URL: url });
    expect(silenced.exitCode, silenced.output).toBe(0);
    const id = /Silence (\S+) for 1 h/.exec(silenced.output)?.[1];
    expect(id).toBeTruthy();

    await postAlerts(url, [{ labels: { alertname: "MaintenanceProbe", severity: "page" } }]);
    await vi.waitUntil(async () => (await stateOf("MaintenanceProbe"))?.state === "suppressed", { timeout: 10_000, interval: 100 });
    expect((await stateOf("MaintenanceProbe"))?.silencedBy).toEqual([id]);

    const unsilenced = await runOpsCommand(["unsilence"], { ALERTMANAGER_URL: url });
    expect(unsilenced.exitCode, unsilenced.output).toBe(0);
    expect(unsilenced.output).toContain(`Expired ${id}`);
    await vi.waitUntil(async () => (await stateOf("MaintenanceProbe"))?.state === "active", { timeout: 10_000, interval: 100 });
  });
});
