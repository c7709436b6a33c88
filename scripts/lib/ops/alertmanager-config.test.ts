import { describe, expect, it } from "vitest";
import { renderAlertmanagerConfig } from "./alertmanager-config.ts";

type Receiver = Record<string, unknown> & { name: string };
const receivers = (config: Record<string, unknown>) => Object.fromEntries((config.receivers as Receiver[]).map((receiver) => [receiver.name, receiver]));

describe("renderAlertmanagerConfig", () => {
  it("sends pages to PagerDuty and every channel, tickets to every channel but PagerDuty", () => {
    const config = renderAlertmanagerConfig({
      ALERT_PAGERDUTY_ROUTING_KEY: "key",
      ALERT_SLACK_WEBHOOK_URL: "https://hooks.slack.example/x",
      ALERT_EMAIL_TO: "oncall@school.example",
      ALERT_EMAIL_FROM: "alerts@school.example",
      ALERT_SMTP_SMARTHOST: "smtp.school.example:587",
    });
    const { page, ticket } = receivers(config);
    expect(Object.keys(page!).sort()).toEqual(["email_configs", "name", "pagerduty_configs", "slack_configs"]);
    expect(Object.keys(ticket!).sort()).toEqual(["email_configs", "name", "slack_configs"]);
    expect(config.route).toMatchObject({ receiver: "ticket", routes: [{ matchers: ['severity="page"'], receiver: "page" }] });
  });

  it("refuses, naming the variables, a config that reaches no one or a malformed value", () => {
    expect(() => renderAlertmanagerConfig({})).toThrow(/no receiver: set at least one of ALERT_SLACK_WEBHOOK_URL/);
    expect(() => renderAlertmanagerConfig({ ALERT_SLACK_WEBHOOK_URL: "http://hooks.slack.example/x" })).toThrow(/ALERT_SLACK_WEBHOOK_URL: must be an https URL/);
    expect(() => renderAlertmanagerConfig({ ALERT_EMAIL_TO: "a@b.example" })).toThrow(/set all three for e-mail/);
    expect(() => renderAlertmanagerConfig({ ALERT_WEBHOOK_URL: "http://127.0.0.1:9/x", ALERT_GROUP_WAIT: "soon" })).toThrow(/ALERT_GROUP_WAIT/);
  });
});
