// The few calls of Alertmanager's v2 HTTP API the ops commands make: fire an alert, list alerts,
// create and expire silences.

export const SYNTHETIC_ALERT = "SyntheticTestAlert";
const CREATED_BY = "pnpm ops";

export interface Matcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

export interface AlertState {
  labels: Record<string, string>;
  status: { state: "active" | "suppressed" | "unprocessed"; silencedBy: string[]; inhibitedBy: string[] };
}

interface Silence {
  id: string;
  createdBy: string;
  comment: string;
  endsAt: string;
  matchers: Matcher[];
  status: { state: "active" | "pending" | "expired" };
}

async function call<T>(baseUrl: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(`/api/v2${path}`, baseUrl), {
    ...init,
    headers: init.body ? { "content-type": "application/json" } : {},
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Alertmanager ${init.method ?? "GET"} ${path}: HTTP ${response.status} ${text.trim()}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Posts alerts as Prometheus would; they stay firing until `minutes` have passed. */
export async function postAlerts(
  baseUrl: string,
  alerts: { labels: Record<string, string>; annotations?: Record<string, string> }[],
  minutes = 5,
): Promise<void> {
  const endsAt = new Date(Date.now() + minutes * 60_000).toISOString();
  await call(baseUrl, "/alerts", { method: "POST", body: JSON.stringify(alerts.map((alert) => ({ ...alert, endsAt }))) });
}

/** A synthetic alert through the whole path: routing, grouping and every configured receiver. */
export async function fireTestAlert(baseUrl: string, severity: string): Promise<Record<string, string>> {
  const labels = { alertname: SYNTHETIC_ALERT, severity, source: CREATED_BY };
  await postAlerts(baseUrl, [
    {
      labels,
      annotations: {
        summary: `A test alert sent by \`pnpm ops test-alert\` at ${new Date().toISOString()}: if you read this, ${severity} alerts reach you`,
        runbook: "ops/runbooks/alerting.md",
      },
    },
  ]);
  return labels;
}

export function alertsNamed(baseUrl: string, alertname: string): Promise<AlertState[]> {
  const filter = encodeURIComponent(`alertname="${alertname}"`);
  return call<AlertState[]>(baseUrl, `/alerts?filter=${filter}&silenced=true&inhibited=true&active=true`);
}

/** Parses `name=value`, `name!=value`, `name=~regex`, `name!~regex`. */
export function parseMatcher(text: string): Matcher {
  const found = /^([a-zA-Z_][a-zA-Z0-9_]*)(=~|!~|!=|=)(.*)$/.exec(text);
  if (!found) throw new Error(`"${text}" is not a matcher: use name=value, name!=value, name=~regex or name!~regex`);
  const [, name, operator, value] = found as unknown as [string, string, string, string];
  return { name, value: value.replace(/^"(.*)"$/, "$1"), isRegex: operator.includes("~"), isEqual: !operator.startsWith("!") };
}

/** Silences the alerts the matchers select (every alert when none is given) for `minutes`. */
export async function createSilence(baseUrl: string, options: { matchers: Matcher[]; minutes: number; comment: string }): Promise<string> {
  const matchers = options.matchers.length > 0 ? options.matchers : [{ name: "alertname", value: ".+", isRegex: true, isEqual: true }];
  const startsAt = new Date();
  const endsAt = new Date(startsAt.getTime() + options.minutes * 60_000);
  const { silenceID } = await call<{ silenceID: string }>(baseUrl, "/silences", {
    method: "POST",
    body: JSON.stringify({ matchers, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), createdBy: CREATED_BY, comment: options.comment }),
  });
  return silenceID;
}

/** Expires the silence `id`, or, without one, every active silence these commands created. */
export async function expireSilences(baseUrl: string, id?: string): Promise<string[]> {
  const ids = id
    ? [id]
    : (await call<Silence[]>(baseUrl, "/silences"))
        .filter((silence) => silence.createdBy === CREATED_BY && silence.status.state !== "expired")
        .map((silence) => silence.id);
  for (const each of ids) await call(baseUrl, `/silence/${encodeURIComponent(each)}`, { method: "DELETE" });
  return ids;
}
