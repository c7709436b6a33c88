import { describe, expect, it } from "vitest";
import { metricNamesIn, withoutDashboardVariables } from "./promql.ts";

describe("metricNamesIn", () => {
  it("finds the selected metrics, not functions, grouping labels, label values or numbers", () => {
    expect(metricNamesIn('histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{job="web",route=~"/api.*"}[5m]))) > 1')).toEqual([
      "http_request_duration_seconds_bucket",
    ]);
    expect(metricNamesIn('sum(rate(a_total{status=~"5.."}[5m])) / clamp_min(sum(rate(b_total[5m])), 1e-9) > 0.05')).toEqual(["a_total", "b_total"]);
    expect(metricNamesIn('up{job="web"} == 0 unless on (instance) maintenance_mode offset 1d')).toEqual(["up", "maintenance_mode"]);
  });

  it("replaces Grafana's variables with values PromQL parses", () => {
    expect(withoutDashboardVariables('rate(x_total{job="$job"}[$__rate_interval])')).toBe('rate(x_total{job="x"}[5m])');
  });
});
