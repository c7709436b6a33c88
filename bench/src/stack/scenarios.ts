import { bookingScenario } from "../booking/booking-scenario.ts";
import { contentionScenario } from "../contention/contention-scenario.ts";
import { openSlotsScenario } from "../open-slots/open-slots-scenario.ts";
import type { Scenario } from "./scenario.ts";

/** Every scenario `npm run bench` knows, in the order it runs them; `--only` picks by name. */
export const SCENARIOS: Scenario[] = [bookingScenario, contentionScenario, openSlotsScenario];
