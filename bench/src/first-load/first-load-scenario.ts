import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createDb, type Role } from "@guitaronline/db";
import { hashPassword } from "@guitaronline/domain";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import type { Measurement, Scenario } from "../stack/scenario.ts";

const SCENARIO = "first-load JS";
const TARGET_KB = 200;

/** The pages people land on, by who sees them (`null`: signed out). */
const PAGES: { path: string; role: Role | null }[] = [
  { path: "/", role: null },
  { path: "/sign-in", role: null },
  { path: "/sign-up", role: null },
  { path: "/developers", role: null },
  { path: "/book", role: "STUDENT" },
  { path: "/bookings", role: "STUDENT" },
  { path: "/packages", role: "STUDENT" },
  { path: "/teachers", role: "STUDENT" },
  { path: "/teach", role: "TEACHER" },
  { path: "/teach/slots", role: "TEACHER" },
  { path: "/admin", role: "ADMIN" },
  { path: "/admin/bookings", role: "ADMIN" },
];
const SMOKE_PAGES = ["/", "/book"];

const kB = (bytes: number) => bytes / 1000;

/**
 * The JavaScript each main page's first load fetches, as a browser does: every page in a fresh
 * browser context (an empty cache), signed in as the role that lands there, its scripts counted
 * until the load event (later fetches are prefetches of other pages), each gzipped at the
 * default level, as the figure Next.js used to print.
 */
export const firstLoadScenario: Scenario = {
  name: SCENARIO,
  async run(context) {
    const pages = context.smoke ? PAGES.filter((page) => SMOKE_PAGES.includes(page.path)) : PAGES;
    const accounts = await createAccounts(context.databaseUrl, new Set(pages.flatMap((page) => (page.role ? [page.role] : []))));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    try {
      const measurements: Measurement[] = [];
      for (const page of pages) {
        const scripts = await scriptsOfFirstLoad(browser, context.webUrl, page.path, page.role ? accounts.get(page.role) : undefined);
        context.log(`first-load JS: ${page.path}: ${scripts.count} scripts`);
        measurements.push(measurement(page.path, scripts));
      }
      return measurements;
    } finally {
      await browser.close();
    }
  },
};

interface Account {
  email: string;
  password: string;
}

/** A signed-up user per role, in the stack's database, with a password to sign in with. */
async function createAccounts(databaseUrl: string, roles: Set<Role>): Promise<Map<Role, Account>> {
  const db = createDb({ databaseUrl, poolSize: 1 });
  try {
    const password = randomBytes(12).toString("hex");
    const passwordHash = await hashPassword(password);
    const accounts = new Map<Role, Account>();
    for (const role of roles) {
      const email = `first-load-${role.toLowerCase()}-${randomBytes(4).toString("hex")}@bench.example`;
      await db.user.create({ data: { email, name: `First Load ${role.toLowerCase()}`, passwordHash, role, teacherApproved: role === "TEACHER" } });
      accounts.set(role, { email, password });
    }
    return accounts;
  } finally {
    await db.$disconnect();
  }
}

async function signIn(browserContext: BrowserContext, webUrl: string, { email, password }: Account) {
  const { csrfToken } = (await (await browserContext.request.get(`${webUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  await browserContext.request.post(`${webUrl}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password },
    headers: { origin: new URL(webUrl).origin },
    maxRedirects: 0,
  });
}

interface FirstLoad {
  count: number;
  rawBytes: number;
  gzipBytes: number;
  /** Where the page ended up when it was not the page asked for (a redirect). */
  landedOn: string | undefined;
}

async function scriptsOfFirstLoad(browser: Browser, webUrl: string, path: string, account: Account | undefined): Promise<FirstLoad> {
  const browserContext = await browser.newContext();
  try {
    if (account) await signIn(browserContext, webUrl, account);
    const page = await browserContext.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    let loaded = false;
    page.on("response", (response) => {
      if (!loaded && response.request().resourceType() === "script" && response.ok()) bodies.set(response.url(), response.body());
    });
    await page.goto(`${webUrl}${path}`, { waitUntil: "load" });
    loaded = true;
    const scripts = await Promise.all(bodies.values());
    const landed = new URL(page.url()).pathname;
    return {
      count: scripts.length,
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
      landedOn: landed === path ? undefined : landed,
    };
  } finally {
    await browserContext.close();
  }
}

function measurement(path: string, load: FirstLoad): Measurement {
  const gzipKb = kB(load.gzipBytes);
  const summary = `${gzipKb.toFixed(1)} kB gzip (${load.count} scripts, ${kB(load.rawBytes).toFixed(0)} kB raw)`;
  return {
    scenario: SCENARIO,
    name: path,
    figures: { scripts: load.count, rawKb: kB(load.rawBytes), gzipKb },
    summary: load.landedOn ? `${summary}; redirected to ${load.landedOn}: not the page asked for` : summary,
    target: `≤ ${TARGET_KB} kB gzip`,
    pass: !load.landedOn && gzipKb <= TARGET_KB,
  };
}
