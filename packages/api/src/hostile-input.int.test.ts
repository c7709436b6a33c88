// Hostile input, generated: every procedure, as every kind of caller, receives wrong, huge and
// malicious inputs straight on the wire. None may answer with a server error, none of the refused
// calls may change a row, and nothing may reach Object.prototype.
import type { Db } from "@guitaronline/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest } from "./http/trpc-handler.ts";
import { PEER_ADDRESS_HEADER } from "./rate-limit/client-ip.ts";
import { developerReference, type ProcedureReference } from "./reference/reference.ts";
import { aUser, apiTestbed, TEST_ORIGIN } from "./testing/harness.ts";

const RUNS_PER_PROCEDURE_AND_CALLER = 12;
const testbed = apiTestbed();
const callers: Record<string, Record<string, string>> = { anonymous: {} };

/**
 * Counts committed row changes in every table but the browser sessions' (a signed-in request
 * records when it was last seen). A refused call must leave the count where it was.
 */
async function countCommittedChanges(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE hostile_input_changes (n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO hostile_input_changes VALUES (0)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION hostile_input_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE hostile_input_changes SET n = n + 1; RETURN NULL; END $$`);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('hostile_input_changes', 'auth_sessions', '_prisma_migrations')`);
  for (const { name } of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER hostile_input_count AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION hostile_input_count()`,
    );
  }
}

const changes = async (db: Db) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM hostile_input_changes`))[0]!.n);

beforeAll(async () => {
  const { db } = testbed.database;
  for (const role of ["STUDENT", "TEACHER", "ADMIN"] as const) {
    const user = await aUser(db, role);
    callers[role.toLowerCase()] = { cookie: user.session.cookie, origin: TEST_ORIGIN };
  }
  await countCommittedChanges(db);
});

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const HUGE_NUMBERS = [Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER - 2, 1e308, -1e308, 2 ** 31, -1, 0.5];

/** Raw JSON text for a value nobody should send: JSON.stringify cannot write some of these. */
const hostileJson: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(...HUGE_NUMBERS).map(String),
  fc.string({ maxLength: 40 }).map((text) => JSON.stringify(text)),
  fc.constantFrom('"__proto__"', '"constructor"', '"1970-13-45T99:99:99Z"', '"not-a-uuid"', '""', "null", "true", "[]", "{}"),
  fc.constant(JSON.stringify("x".repeat(20_000))),
  fc.constant(JSON.stringify("x".repeat(150_000))),
  fc.constant('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  fc.integer({ min: 50, max: 3_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc.integer({ min: 50, max: 1_000 }).map((depth) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
);

/** The procedure's own example with one field (or the whole input) replaced by something hostile. */
function hostileInputs(procedure: ProcedureReference): fc.Arbitrary<string> {
  const example = (procedure.input?.example.json ?? {}) as Record<string, unknown>;
  const fields = example && typeof example === "object" && !Array.isArray(example) ? Object.keys(example) : [];
  const exampleWith = (field: string, value: string) => {
    const rest = JSON.stringify({ ...example, [field]: undefined });
    return `{"${field}":${value}${rest === "{}" ? "}" : `,${rest.slice(1)}`}`;
  };
  const wholeInput = hostileJson.map((json) => `{"json":${json}}`);
  const oneField = fields.length
    ? fc.tuple(fc.constantFrom(...fields, "limit", "cursor", "__proto__"), hostileJson).map(([field, json]) => `{"json":${exampleWith(field, json)}}`)
    : wholeInput;
  // superjson's meta says which paths to revive as Dates (and more): point it at anything.
  const badMeta = fc
    .tuple(fc.constantFrom(...fields, "__proto__.polluted", "constructor.prototype.polluted", ""), fc.constantFrom('["Date"]', '["map"]', '["set"]', '["regexp"]', '["bigint"]', '["class","X"]', '"Date"', "1"))
    .map(([path, annotation]) => `{"json":${JSON.stringify(example)},"meta":{"values":{${JSON.stringify(path)}:${annotation}},"v":1}}`);
  return fc.oneof(wholeInput, oneField, badMeta);
}

function send(procedure: ProcedureReference, body: string, headers: Record<string, string>): Promise<Response> {
  const url = `${TEST_ORIGIN}/api/trpc/${procedure.path}`;
  const common = { [PEER_ADDRESS_HEADER]: "198.51.100.23", ...headers };
  const request =
    procedure.kind === "query"
      ? new Request(`${url}?input=${encodeURIComponent(body)}`, { headers: common })
      : new Request(url, { method: "POST", headers: { ...common, "content-type": "application/json" }, body });
  return handleTrpcRequest(request, testbed.deps);
}

describe("hostile input to every procedure, as every caller", () => {
  const procedures = developerReference().filter((procedure) => procedure.kind !== "subscription");

  it("covers the whole router, and the change count sees an accepted call's writes", async () => {
    expect(procedures.length).toBeGreaterThan(30);
    const register = procedures.find((procedure) => procedure.path === "identity.register")!;
    const before = await changes(testbed.database.db);
    const accepted = await send(register, JSON.stringify(register.input!.example), {});
    expect(accepted.status).toBe(200);
    expect(await changes(testbed.database.db)).toBeGreaterThan(before);
  });

  for (const procedure of procedures) {
    it(`${procedure.path}: never a server error; a refused call changes nothing`, async () => {
      for (const [caller, headers] of Object.entries(callers)) {
        await fc.assert(
          fc.asyncProperty(hostileInputs(procedure), async (body) => {
            const before = await changes(testbed.database.db);
            const response = await send(procedure, body, headers);
            expect(response.status, `${caller} got ${response.status} for ${body.slice(0, 200)}`).toBeLessThan(500);
            if (response.status >= 400) {
              expect(await changes(testbed.database.db), `${caller}'s refused call changed rows`).toBe(before);
            }
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          }),
          { numRuns: RUNS_PER_PROCEDURE_AND_CALLER },
        );
      }
    });
  }
});
