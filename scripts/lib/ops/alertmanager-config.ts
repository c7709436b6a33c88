import { stringify } from "yaml";

/** The receivers alerts are routed to: pages wake someone, tickets wait for working hours. */
export const PAGE_RECEIVER = "page";
export const TICKET_RECEIVER = "ticket";

/** Every variable the rendered config reads, for messages and the documentation checks. */
export const ALERT_VARIABLES = [
  "ALERT_SLACK_WEBHOOK_URL",
  "ALERT_SLACK_CHANNEL",
  "ALERT_PAGERDUTY_ROUTING_KEY",
  "ALERT_EMAIL_TO",
  "ALERT_EMAIL_FROM",
  "ALERT_SMTP_SMARTHOST",
  "ALERT_SMTP_USERNAME",
  "ALERT_SMTP_PASSWORD",
  "ALERT_SMTP_REQUIRE_TLS",
  "ALERT_WEBHOOK_URL",
  "ALERT_GROUP_WAIT",
] as const;

type AlertEnv = Partial<Record<(typeof ALERT_VARIABLES)[number], string>> & Record<string, string | undefined>;

const TITLE = '[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})';
const TEXT = "{{ range .Alerts }}{{ .Annotations.summary }}\nRunbook: {{ .Annotations.runbook }}\n{{ end }}";
const DURATION = /^\d+(ms|s|m|h)$/;

function httpUrl(name: string, value: string, problems: string[], httpsOnly: boolean): string {
  try {
    const url = new URL(value);
    if (url.protocol === "https:" || (!httpsOnly && url.protocol === "http:")) return value;
  } catch {
    // reported below
  }
  problems.push(`${name}: must be an ${httpsOnly ? "https" : "http(s)"} URL`);
  return value;
}

function set(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== "";
}

/**
 * Alertmanager's configuration from the environment: the channels that are set become part of
 * the `page` receiver (severity=page: PagerDuty, Slack, e-mail, webhook) and of the `ticket`
 * receiver (everything else: the same without PagerDuty). Throws, naming each variable, when a
 * value is malformed or when no channel is set at all, since alerts would then reach no one.
 */
export function renderAlertmanagerConfig(env: AlertEnv): Record<string, unknown> {
  const problems: string[] = [];
  const page: Record<string, unknown[]> = {};
  const ticket: Record<string, unknown[]> = {};
  const both = (kind: string, config: unknown) => {
    (page[kind] ??= []).push(config);
    (ticket[kind] ??= []).push(config);
  };

  if (set(env.ALERT_PAGERDUTY_ROUTING_KEY)) {
    page.pagerduty_configs = [{ routing_key: env.ALERT_PAGERDUTY_ROUTING_KEY, description: TITLE, send_resolved: true }];
  }
  if (set(env.ALERT_SLACK_WEBHOOK_URL)) {
    both("slack_configs", {
      api_url: httpUrl("ALERT_SLACK_WEBHOOK_URL", env.ALERT_SLACK_WEBHOOK_URL, problems, true),
      ...(set(env.ALERT_SLACK_CHANNEL) ? { channel: env.ALERT_SLACK_CHANNEL } : {}),
      title: TITLE,
      text: TEXT,
      send_resolved: true,
    });
  }
  const email = [env.ALERT_EMAIL_TO, env.ALERT_EMAIL_FROM, env.ALERT_SMTP_SMARTHOST];
  if (email.some(set)) {
    if (!email.every(set)) problems.push("ALERT_EMAIL_TO, ALERT_EMAIL_FROM and ALERT_SMTP_SMARTHOST: set all three for e-mail");
    if (set(env.ALERT_SMTP_SMARTHOST) && !/^[^\s:]+:\d+$/.test(env.ALERT_SMTP_SMARTHOST)) problems.push("ALERT_SMTP_SMARTHOST: must be host:port");
    const requireTls = env.ALERT_SMTP_REQUIRE_TLS ?? "true";
    if (!["true", "false"].includes(requireTls)) problems.push("ALERT_SMTP_REQUIRE_TLS: must be true or false");
    both("email_configs", {
      to: env.ALERT_EMAIL_TO,
      from: env.ALERT_EMAIL_FROM,
      smarthost: env.ALERT_SMTP_SMARTHOST,
      ...(set(env.ALERT_SMTP_USERNAME) ? { auth_username: env.ALERT_SMTP_USERNAME, auth_password: env.ALERT_SMTP_PASSWORD ?? "" } : {}),
      require_tls: requireTls === "true",
      headers: { Subject: TITLE },
      send_resolved: true,
    });
  }
  if (set(env.ALERT_WEBHOOK_URL)) {
    both("webhook_configs", { url: httpUrl("ALERT_WEBHOOK_URL", env.ALERT_WEBHOOK_URL, problems, false), send_resolved: true });
  }
  const groupWait = env.ALERT_GROUP_WAIT ?? "30s";
  if (!DURATION.test(groupWait)) problems.push("ALERT_GROUP_WAIT: must be a duration such as 30s");
  if (Object.keys(page).length === 0 && problems.length === 0) {
    problems.push("no receiver: set at least one of ALERT_SLACK_WEBHOOK_URL, ALERT_PAGERDUTY_ROUTING_KEY, ALERT_EMAIL_TO, ALERT_WEBHOOK_URL");
  }
  if (problems.length > 0) throw new Error(`Invalid alerting configuration:\n  - ${problems.join("\n  - ")}`);

  return {
    route: {
      receiver: TICKET_RECEIVER,
      group_by: ["alertname"],
      group_wait: groupWait,
      group_interval: "5m",
      repeat_interval: "4h",
      routes: [{ matchers: ['severity="page"'], receiver: PAGE_RECEIVER, repeat_interval: "1h" }],
    },
    receivers: [
      { name: PAGE_RECEIVER, ...page },
      { name: TICKET_RECEIVER, ...ticket },
    ],
    inhibit_rules: [
      // The web app down: its readiness, error-rate and latency alerts add nothing.
      { source_matchers: ['alertname="WebDown"'], target_matchers: ['alertname=~"WebNotReady|HighServerErrorRate|SlowRequests"'] },
      // The worker down: its backlog alerts are the same outage seen from the database.
      { source_matchers: ['alertname="WorkerDown"'], target_matchers: ['alertname=~"OutboxLagging|OutboxDeadLetters|StaleHolds"'] },
      // A page already says it: no ticket for the same alert.
      { source_matchers: ['severity="page"'], target_matchers: ['severity="ticket"'], equal: ["alertname"] },
    ],
  };
}

export function alertmanagerConfigYaml(env: AlertEnv): string {
  return `# Rendered by \`pnpm ops alertmanager-config\` from the ALERT_* variables; do not edit or commit.\n${stringify(renderAlertmanagerConfig(env), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
