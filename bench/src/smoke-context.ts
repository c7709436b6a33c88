import { databaseUrl } from "@guitaronline/testbed/services";
import { testServerUrl } from "@guitaronline/testbed/testing";
import type { BenchContext } from "./stack/scenario.ts";

/**
 * A scenario's context in a smoke test, without the runner's stack: the test run's PostgreSQL
 * server, no web process (the scenarios tested this way do not call one), the smoke sizes.
 */
export function smokeContext({ redisUrl }: { redisUrl?: string } = {}): BenchContext {
  return {
    databaseUrl: databaseUrl(testServerUrl(), "postgres"),
    redisUrl,
    webUrl: "http://web.invalid",
    webBuildDir: "",
    smoke: true,
    log: () => undefined,
  };
}
