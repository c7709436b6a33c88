import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

interface Workflow {
  on?: Record<string, { inputs?: Record<string, { required?: boolean }> } | null>;
  jobs?: Record<string, { steps?: { run?: string; env?: Record<string, string> }[] }>;
}

/** Every GitHub workflow parses, with triggers and jobs. */
export async function readWorkflows(dir: string): Promise<Map<string, { workflow: Workflow; text: string }>> {
  const workflows = new Map<string, { workflow: Workflow; text: string }>();
  for (const name of (await readdir(dir)).filter((each) => /\.ya?ml$/.test(each))) {
    const text = await readFile(join(dir, name), "utf8");
    const workflow = parse(text) as Workflow;
    if (!workflow.on || !workflow.jobs || Object.keys(workflow.jobs).length === 0) throw new Error(`${name}: needs on and jobs`);
    workflows.set(name, { workflow, text });
  }
  return workflows;
}

/**
 * The deploy workflow: started by hand only, with a required confirmation it checks first; it
 * builds the image, runs `prisma migrate deploy` and the smoke; every secret it reads comes from
 * the secret store and is named in the operations guide.
 */
export function assertDeployWorkflow(deploy: { workflow: Workflow; text: string } | undefined, guide: string): void {
  if (!deploy) throw new Error("no deploy.yml");
  const { workflow, text } = deploy;
  const triggers = Object.keys(workflow.on ?? {});
  if (triggers.join() !== "workflow_dispatch") throw new Error(`deploy.yml must run only by hand, runs on ${triggers.join(", ")}`);
  if (!workflow.on?.workflow_dispatch?.inputs?.confirm?.required) throw new Error("deploy.yml needs a required confirm input");
  const runs = Object.values(workflow.jobs ?? {}).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? ""));
  const firstRun = runs.find((run) => run !== "");
  if (!firstRun?.includes('!= "deploy"')) throw new Error("deploy.yml's first command must refuse an unconfirmed run");
  for (const needed of ["docker build", "prisma migrate deploy", "pnpm ops smoke"]) {
    if (!runs.some((run) => run.includes(needed))) throw new Error(`deploy.yml does not run ${needed}`);
  }
  const secrets = [...new Set([...text.matchAll(/\$\{\{\s*secrets\.(\w+)\s*\}\}/g)].map((match) => match[1]!))];
  const undocumented = secrets.filter((name) => !guide.includes(`\`${name}\``));
  if (undocumented.length > 0) throw new Error(`docs/operations.md does not name the deploy secrets ${undocumented.join(", ")}`);
}
