import { Ajv2020 } from "ajv/dist/2020.js";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../root.ts";
import { router, t } from "../trpc/init.ts";
import { publicProcedure } from "../trpc/procedures.ts";
import { describeRouter, developerReference, proceduresOf, undocumentedProcedures } from "./reference.ts";
import { clientExample, curlExample } from "./snippets.ts";

const procedures = Object.fromEntries(proceduresOf(appRouter));
const reference = developerReference();
const byPath = (path: string) => reference.find((procedure) => procedure.path === path)!;

describe("the developer reference", () => {
  it("has every procedure of the router declaring who may call it and what it does", () => {
    expect(undocumentedProcedures(appRouter)).toEqual([]);
    expect(reference.map((procedure) => procedure.path)).toEqual(Object.keys(procedures));
  });

  it("names a procedure without a description or a declared access, and refuses to describe it", () => {
    const undocumented = router({
      described: publicProcedure.meta({ description: "Says hello." }).query(() => "hello"),
      silent: publicProcedure.query(() => "hello"),
      unguarded: router({ greet: t.procedure.meta({ description: "Says hello." }).query(() => "hello") }),
      bare: t.procedure.query(() => "hello"),
    });
    expect(undocumentedProcedures(undocumented)).toEqual([
      "silent: no description",
      "unguarded.greet: no access",
      "bare: no access, no description",
    ]);
    expect(() => describeRouter(undocumented)).toThrow(/silent: no description; unguarded.greet: no access/);
  });

  it("gives every input and output a JSON Schema of its real shape", () => {
    const ajv = new Ajv2020({ strict: false });
    for (const procedure of reference) {
      const schemas = [procedure.output, procedure.input?.schema];
      expect(procedure.output, `${procedure.path} declares its output`).not.toBeNull();
      for (const schema of schemas.filter((json) => json !== null && json !== undefined)) {
        expect(schema.type ?? schema.anyOf ?? schema.oneOf ?? schema.allOf, procedure.path).toBeDefined();
        expect(ajv.validateSchema(schema), `${procedure.path}: ${ajv.errorsText()}`).toBe(true);
        expect(JSON.stringify(schema), `${procedure.path} is self-contained`).not.toContain("$ref");
      }
    }
  });

  it("shows a Date as the ISO string superjson carries", () => {
    expect(byPath("booking.hold").output).toMatchObject({
      properties: { holdExpiresAt: { type: "string", format: "date-time" } },
    });
    expect(byPath("scheduling.createSlot").input?.schema).toMatchObject({
      properties: { startsAt: { type: "string", format: "date-time" } },
    });
  });

  it("lists a procedure's own app codes, and the generic ones its access brings", () => {
    expect(byPath("booking.hold")).toMatchObject({
      kind: "mutation",
      access: ["STUDENT"],
      appCodes: expect.arrayContaining(["slot_unavailable", "no_active_package", "slot_in_past", "too_many_holds"]),
      genericAppCodes: ["validation_failed", "unauthorized", "forbidden", "internal_error", "rate_limited"],
    });
    expect(byPath("booking.my").genericAppCodes).not.toContain("rate_limited");
    expect(byPath("booking.cancel").genericAppCodes).not.toContain("forbidden");
    expect(byPath("teachers.list").genericAppCodes).toEqual(["validation_failed", "internal_error"]);
  });

  it("has example inputs the procedures themselves accept", () => {
    for (const procedure of reference.filter((each) => each.input)) {
      const [parser] = procedures[procedure.path]!._def.inputs as z.ZodType[];
      const example = superjson.deserialize(procedure.input!.example);
      expect(z.safeParse(parser!, example).error, procedure.path).toBeUndefined();
      expect(z.safeParse(parser!, undefined).success).toBe(procedure.input!.optional);
    }
  });
});

describe("the reference's examples", () => {
  it("call a query with GET and the input URL-encoded, a mutation with POST and a JSON body", () => {
    expect(curlExample(byPath("booking.my"))).toBe(
      [
        'curl -G "$GUITARONLINE_URL/api/trpc/booking.my"',
        '-H "Authorization: Bearer $GUITARONLINE_TOKEN"',
        `--data-urlencode 'input={"json":{"limit":20}}'`,
      ].join(" \\\n  "),
    );
    expect(curlExample(byPath("booking.hold"))).toBe(
      [
        'curl -X POST "$GUITARONLINE_URL/api/trpc/booking.hold"',
        '-H "Authorization: Bearer $GUITARONLINE_TOKEN"',
        '-H "Content-Type: application/json"',
        `-d '{"json":{"slotId":"6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab"}}'`,
      ].join(" \\\n  "),
    );
    expect(curlExample(byPath("teachers.list"))).not.toContain("Authorization");
  });

  it("mark Dates for superjson on the wire, and pass them as Dates to the typed client", () => {
    const createSlot = byPath("scheduling.createSlot");
    expect(curlExample(createSlot)).toContain('"meta":{"values":{"startsAt":["Date"]}');
    expect(clientExample(createSlot)).toMatch(
      /^await client\.scheduling\.createSlot\.mutate\(\{ startsAt: new Date\("\d{4}-\d\d-\d\dT[\d:.]+Z"\), durationMinutes: 15 \}\);$/,
    );
    expect(clientExample(byPath("identity.me"))).toBe("await client.identity.me.query();");
  });
});
