import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { openApiDocument } from "./openapi.ts";
import { developerReference, proceduresOf } from "./reference.ts";

const document = openApiDocument(developerReference());
const operation = (path: string, method: "get" | "post") =>
  (document.paths as unknown as Record<string, Record<string, Record<string, unknown>>>)[`/api/trpc/${path}`]![method]!;

describe("the OpenAPI document", () => {
  it("lists exactly the router's procedures: a query as GET, a mutation as POST", () => {
    const procedures = proceduresOf(appRouter);
    expect(Object.keys(document.paths).sort()).toEqual(procedures.map(([path]) => `/api/trpc/${path}`).sort());
    for (const [path, procedure] of procedures) {
      const method = procedure._def.type === "mutation" ? "post" : "get";
      expect(Object.keys(document.paths[`/api/trpc/${path}`]!)).toEqual([method]);
    }
  });

  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("asks for a bearer token or the session cookie, except of public procedures", () => {
    const signedIn = [{ bearerToken: [] }, { sessionCookie: [] }];
    expect(operation("booking.hold", "post")).toMatchObject({ security: signedIn, "x-access": ["STUDENT"] });
    expect(operation("teachers.list", "get")).toMatchObject({ security: [], "x-access": "public" });
  });

  it("carries a query's input in the `input` parameter and a mutation's as the body, both as superjson JSON", () => {
    expect(operation("booking.my", "get").parameters).toMatchObject([
      { name: "input", in: "query", required: false, content: { "application/json": { example: { json: { limit: 20 } } } } },
    ]);
    const hold = operation("booking.hold", "post");
    expect(hold.requestBody).toMatchObject({
      required: true,
      content: { "application/json": { schema: { properties: { json: { required: ["slotId"] } }, required: ["json"] } } },
    });
    const answer = { properties: { json: { properties: { holdExpiresAt: { format: "date-time" } } } } };
    expect(hold.responses).toMatchObject({
      "200": { content: { "application/json": { schema: { properties: { result: { properties: { data: answer } } } } } } },
      default: { $ref: "#/components/responses/Error" },
    });
  });
});
