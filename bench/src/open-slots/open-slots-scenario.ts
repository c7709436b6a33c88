import { webClient } from "../booking/http-pair.ts";
import { timeCalls } from "../measure.ts";
import { openSchool } from "../school/school.ts";
import type { BenchContext, Measurement, Scenario } from "../stack/scenario.ts";
import { statementsRun } from "./metrics.ts";
import { populateTimetable } from "./populate.ts";

const SIZES = {
  full: { ownSlots: 2_000, others: 200, othersEach: 1_000, calls: 200, warmUp: 20 },
  smoke: { ownSlots: 200, others: 10, othersEach: 100, calls: 5, warmUp: 2 },
};
const DAY_MS = 24 * 3600 * 1000;

/**
 * A student's month view of one teacher: `scheduling.openSlots` as the /book page asks for it
 * (teacher, from, to, 100 a page; a month here fits one page), over HTTP. Its p95, and how many
 * statements the web process ran per call, from its own `db_queries_total`.
 */
export const openSlotsScenario: Scenario = {
  name: "open-slots",
  async run({ databaseUrl, webUrl, smoke, log }: BenchContext) {
    const size = smoke ? SIZES.smoke : SIZES.full;
    const school = openSchool(databaseUrl);
    let timetable;
    try {
      const startedAt = performance.now();
      timetable = await populateTimetable(school, size);
      log(`${size.ownSlots} slots of the teacher among ${size.others * size.othersEach} others, in ${Math.round(performance.now() - startedAt) / 1000} s`);
    } finally {
      await school.close();
    }
    const client = webClient(webUrl, timetable.token);
    const monthView = async () => {
      const from = new Date();
      const page = await client.scheduling.openSlots.query({ teacherId: timetable.teacherId, from, to: new Date(from.getTime() + 30 * DAY_MS), limit: 100 });
      if (page.items.length === 0 || page.nextCursor) throw new Error(`a month should be one page of open slots, got ${page.items.length} and more: ${Boolean(page.nextCursor)}`);
    };
    const timings = await timeCalls(monthView, { warmUp: size.warmUp, calls: size.calls });
    const measurements: Measurement[] = [
      {
        scenario: "open-slots",
        name: `month view of a teacher (${size.calls} calls)`,
        figures: { ...timings },
        summary: `p50 ${timings.p50Ms} ms, p95 ${timings.p95Ms} ms, max ${timings.maxMs} ms`,
        target: "p95 ≤ 20 ms",
        pass: timings.p95Ms <= 20,
      },
    ];
    try {
      // A scrape runs statements of its own (the business gauges): two scrapes in a row say how many.
      const first = await statementsRun(webUrl);
      const second = await statementsRun(webUrl);
      for (let call = 0; call < size.calls; call++) await monthView();
      const third = await statementsRun(webUrl);
      const perCall = Math.round((100 * (third - second - (second - first))) / size.calls) / 100;
      measurements.push({ scenario: "open-slots", name: "queries per call", figures: { queriesPerCall: perCall }, summary: String(perCall), target: "≤ 3", pass: perCall <= 3 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`!!! queries per call not measured: ${message}`);
      measurements.push({ scenario: "open-slots", name: "queries per call", figures: {}, summary: `not measured: ${message}`, target: "≤ 3", pass: false });
    }
    return measurements;
  },
};
