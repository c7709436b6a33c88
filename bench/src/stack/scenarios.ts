import { bookingScenario } from "../booking/booking-scenario.ts";
import { contentionScenario } from "../contention/contention-scenario.ts";
import { firstLoadScenario } from "../first-load/first-load-scenario.ts";
import { limiterScenario } from "../limiter/limiter-scenario.ts";
import { openSlotsScenario } from "../open-slots/open-slots-scenario.ts";
import { outboxScenario } from "../outbox/outbox-scenario.ts";
import type { Scenario } from "./scenario.ts";

/** Every scenario `npm run bench` knows, in the order it runs them; `--only` picks by name. */
export const SCENARIOS: Scenario[] = [
  bookingScenario,
  contentionScenario,
  openSlotsScenario,
  outboxScenario,
  limiterScenario,
  firstLoadScenario,
];
