import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

interface Panel {
  title?: string;
  type?: string;
  datasource?: { type?: string; uid?: string };
  gridPos?: { h: number; w: number; x: number; y: number };
  targets?: { refId?: string; expr?: string }[];
  panels?: Panel[];
}

export interface Dashboard {
  file: string;
  uid: string;
  title: string;
  exprs: string[];
}

const yamlFiles = async (dir: string) => (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name));

/** Where the provisioned dashboard provider reads dashboards, and the data sources' uids. */
export async function readProvisioning(provisioningDir: string): Promise<{ dashboardPaths: string[]; datasourceUids: Set<string> }> {
  const datasourceUids = new Set<string>();
  for (const file of await yamlFiles(join(provisioningDir, "datasources"))) {
    const { apiVersion, datasources } = parse(await readFile(file, "utf8")) as { apiVersion?: number; datasources?: { uid?: string; type?: string; url?: string }[] };
    if (apiVersion !== 1 || !Array.isArray(datasources)) throw new Error(`${file}: expected apiVersion 1 and a datasources list`);
    for (const source of datasources) {
      if (!source.uid || !source.type || !source.url) throw new Error(`${file}: every data source needs uid, type and url`);
      datasourceUids.add(source.uid);
    }
  }
  const dashboardPaths: string[] = [];
  for (const file of await yamlFiles(join(provisioningDir, "dashboards"))) {
    const { apiVersion, providers } = parse(await readFile(file, "utf8")) as { apiVersion?: number; providers?: { type?: string; options?: { path?: string } }[] };
    if (apiVersion !== 1 || !Array.isArray(providers)) throw new Error(`${file}: expected apiVersion 1 and a providers list`);
    for (const provider of providers) {
      if (provider.type !== "file" || !provider.options?.path) throw new Error(`${file}: every provider must be of type file with options.path`);
      dashboardPaths.push(provider.options.path);
    }
  }
  if (datasourceUids.size === 0 || dashboardPaths.length === 0) throw new Error("provisioning has no data source or no dashboard provider");
  return { dashboardPaths, datasourceUids };
}

function panelsOf(panels: Panel[]): Panel[] {
  return panels.flatMap((panel) => [panel, ...panelsOf(panel.panels ?? [])]);
}

/**
 * Reads every dashboard: JSON that Grafana can load (uid, title, panels placed on the grid), each
 * query panel on a provisioned data source with a PromQL expression; uids and titles unique.
 */
export async function readDashboards(dir: string, datasourceUids: Set<string>): Promise<Dashboard[]> {
  const dashboards: Dashboard[] = [];
  for (const name of (await readdir(dir)).filter((each) => each.endsWith(".json"))) {
    const file = join(dir, name);
    const json = JSON.parse(await readFile(file, "utf8")) as { uid?: string; title?: string; schemaVersion?: number; panels?: Panel[] };
    if (!json.uid || !json.title || !json.schemaVersion || !Array.isArray(json.panels) || json.panels.length === 0) {
      throw new Error(`${file}: needs uid, title, schemaVersion and panels`);
    }
    const exprs: string[] = [];
    for (const panel of panelsOf(json.panels)) {
      const where = `${file}: panel "${panel.title ?? "?"}"`;
      if (!panel.type || !panel.gridPos) throw new Error(`${where} needs a type and a gridPos`);
      if (panel.type === "row" || panel.type === "text") continue;
      if (!panel.datasource?.uid || !datasourceUids.has(panel.datasource.uid)) {
        throw new Error(`${where} uses data source ${panel.datasource?.uid ?? "(none)"}, not a provisioned one (${[...datasourceUids].join(", ")})`);
      }
      const targets = panel.targets ?? [];
      if (targets.length === 0 || targets.some((target) => !target.refId || !target.expr)) throw new Error(`${where} needs targets, each with refId and expr`);
      exprs.push(...targets.map((target) => target.expr!));
    }
    dashboards.push({ file, uid: json.uid, title: json.title, exprs });
  }
  for (const key of ["uid", "title"] as const) {
    const seen = dashboards.map((dashboard) => dashboard[key]);
    const repeated = seen.find((value, index) => seen.indexOf(value) !== index);
    if (repeated) throw new Error(`two dashboards share the ${key} "${repeated}"`);
  }
  return dashboards;
}
