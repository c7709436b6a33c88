/** The web process's count of statements its database pool ran (prom-client's `db_queries_total`). */
export async function statementsRun(webUrl: string): Promise<number> {
  const response = await fetch(`${webUrl}/api/metrics`);
  if (!response.ok) throw new Error(`/api/metrics answered ${response.status}`);
  const series = (await response.text()).split("\n").filter((line) => /^db_queries_total(\{.*\})? /.test(line));
  if (series.length === 0) {
    throw new Error("db_queries_total is absent from the web process's /api/metrics: it must count every statement its pool runs");
  }
  return series.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}
