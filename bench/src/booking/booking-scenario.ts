import pg from "pg";
import { aTeacher, futureSlots, openSchool, studentsWithPackages } from "../school/school.ts";
import type { BenchContext, Measurement, Scenario } from "../stack/scenario.ts";
import { holdAndConfirmOverHttp, webClient } from "./http-pair.ts";
import { closedLoop, openLoop, type LoadResult } from "./load.ts";
import { holdAndConfirmRaw } from "./raw-pair.ts";

const CONCURRENCIES = [1, 8, 32];
const STUDENTS = Math.max(...CONCURRENCIES);
const SIZES = {
  full: { seconds: 10, warmUpPairs: 20, slots: 60_000 },
  smoke: { seconds: 0.5, warmUpPairs: 2, slots: 3_000 },
};

const describe = (result: LoadResult) =>
  `${result.perSecond} pairs/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms` +
  (result.errors > 0 ? `; ${result.errors} errors (${result.firstError})` : "");

const line = (name: string, result: LoadResult, target = "", pass: boolean | null = null): Measurement => ({
  scenario: "booking",
  name,
  figures: { pairs: result.pairs, errors: result.errors, perSecond: result.perSecond, p50Ms: result.p50Ms, p99Ms: result.p99Ms },
  summary: describe(result),
  target,
  pass,
});

/**
 * Hold + confirm pairs on distinct slots, each pair by one student (a lane of the load), through
 * the web app's HTTP API and, in the same run, as raw SQL on `pg`: throughput and latency at each
 * concurrency, their ratio, and p99 at half the best HTTP rate. A pair is two dependent requests
 * (the confirm needs the hold's id) and its latency is the pair's: autocannon times single
 * requests, so the load is a plain loop with a fixed number of pairs in flight.
 */
export const bookingScenario: Scenario = {
  name: "booking",
  async run({ databaseUrl, webUrl, smoke, log }: BenchContext) {
    const size = smoke ? SIZES.smoke : SIZES.full;
    const school = openSchool(databaseUrl);
    const raw = new pg.Pool({ connectionString: databaseUrl, max: STUDENTS });
    try {
      const teacher = await aTeacher(school);
      const students = await studentsWithPackages(school, STUDENTS, 10_000);
      const slots = (await futureSlots(school, teacher.id, size.slots)).values();
      const nextSlot = () => {
        const { value, done } = slots.next();
        if (done) throw new Error(`all ${size.slots} slots are booked: give the scenario more`);
        return value;
      };
      log(`${STUDENTS} students with a package and a token, one teacher with ${size.slots} future slots`);
      const clients = students.map((student) => webClient(webUrl, student.token));
      const overHttp = (lane: number) => holdAndConfirmOverHttp(clients[lane]!, nextSlot());
      const asRawSql = (lane: number) => holdAndConfirmRaw(raw, students[lane]!.principal.id, nextSlot());

      for (let pair = 0; pair < size.warmUpPairs; pair++) await Promise.all([overHttp(0), asRawSql(1)]);
      const measurements: Measurement[] = [];
      let bestHttp = 0;
      for (const concurrency of CONCURRENCIES) {
        const http = await closedLoop({ concurrency, seconds: size.seconds, pair: overHttp });
        const rawSql = await closedLoop({ concurrency, seconds: size.seconds, pair: asRawSql });
        log(`c=${concurrency}: HTTP ${describe(http)}; raw ${describe(rawSql)}`);
        bestHttp = Math.max(bestHttp, http.perSecond);
        const percent = rawSql.perSecond > 0 ? Math.round((1000 * http.perSecond) / rawSql.perSecond) / 10 : 0;
        const targeted = concurrency === 8;
        measurements.push(line(`HTTP API, c=${concurrency}`, http), line(`raw pg, c=${concurrency}`, rawSql), {
          scenario: "booking",
          name: `HTTP / raw, c=${concurrency}`,
          figures: { percentOfRaw: percent },
          summary: `${percent} % of raw`,
          target: targeted ? "≥ 25 % of raw" : "",
          pass: targeted ? percent >= 25 : null,
        });
      }
      const half = Math.max(1, Math.round(bestHttp / 2));
      const paced = await openLoop({ perSecond: half, seconds: size.seconds * 2, lanes: STUDENTS, pair: overHttp });
      log(`open loop at ${half} pairs/s: ${describe(paced)}`);
      measurements.push(line(`HTTP API at half the best rate (${half} pairs/s, open loop)`, paced, "p99 ≤ 100 ms", paced.errors === 0 && paced.p99Ms <= 100));
      return measurements;
    } finally {
      await Promise.all([school.close(), raw.end()]);
    }
  },
};
