import { readdirSync, readFileSync } from "node:fs";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  AppRouter,
  TAdminRequeueDeadLettersInput,
  TAdminUsersInput,
  TAdminUsersOutput,
  TBillingMyPackagesOutput,
  TBookingHoldInput,
  TBookingHoldOutput,
  TBookingMyInput,
  TIdentityMeOutput,
  TIdentityRegisterInput,
  TSchedulingCreateWeeklySlotsInput,
  TTeachersListOutput,
} from "../index.ts";

type Inputs = inferRouterInputs<AppRouter>;
/** An input a call may leave out is `T | undefined` here and `T | void` to tRPC: compare the T. */
type Given<Input> = Exclude<Input, void | undefined>;
type Outputs = inferRouterOutputs<AppRouter>;

describe("the procedures' contract types", () => {
  // The type assertions are checked by the typecheck; at run time they pass whatever they hold.
  it("are what the router takes and answers, as the typed client sees it", () => {
    expectTypeOf<Given<TBookingHoldInput>>().toEqualTypeOf<Given<Inputs["booking"]["hold"]>>();
    expectTypeOf<TBookingHoldOutput>().toEqualTypeOf<Outputs["booking"]["hold"]>();
    expectTypeOf<Given<TBookingMyInput>>().toEqualTypeOf<Given<Inputs["booking"]["my"]>>();
    expectTypeOf<Given<TAdminUsersInput>>().toEqualTypeOf<Given<Inputs["admin"]["users"]>>();
    expectTypeOf<TAdminUsersOutput>().toEqualTypeOf<Outputs["admin"]["users"]>();
    expectTypeOf<Given<TAdminRequeueDeadLettersInput>>().toEqualTypeOf<Given<Inputs["admin"]["requeueDeadLetters"]>>();
    expectTypeOf<Given<TIdentityRegisterInput>>().toEqualTypeOf<Given<Inputs["identity"]["register"]>>();
    expectTypeOf<TIdentityMeOutput>().toEqualTypeOf<Outputs["identity"]["me"]>();
    expectTypeOf<Given<TSchedulingCreateWeeklySlotsInput>>().toEqualTypeOf<
      Given<Inputs["scheduling"]["createWeeklySlots"]>
    >();
    expectTypeOf<TTeachersListOutput>().toEqualTypeOf<Outputs["teachers"]["list"]>();
    expectTypeOf<TBillingMyPackagesOutput>().toEqualTypeOf<Outputs["billing"]["myPackages"]>();
  });

  it("are all exported from the package, every router's schemas and every procedure's contract", () => {
    const routers = new URL(".", import.meta.url);
    const barrel = readFileSync(new URL("types.ts", routers), "utf8");
    const contracts = readdirSync(routers, { recursive: true, encoding: "utf8" })
      .map((path) => path.replaceAll("\\", "/"))
      .filter((path) => path.endsWith(".types.ts") || path.endsWith("schemas.ts"));
    expect(contracts.length).toBeGreaterThan(35);
    for (const path of contracts) expect(barrel, path).toContain(`export * from "./${path}";`);
  });
});
