/** One measured line of the report. */
export interface Measurement {
  scenario: string;
  name: string;
  /** The raw figures, for results/latest.json: e.g. { perSecond: 512, p50Ms: 3.1, p99Ms: 9.8 }. */
  figures: Record<string, number>;
  /** The figures as a person reads them in the table: "512 pairs/s, p50 3.1 ms, p99 9.8 ms". */
  summary: string;
  /** The target from the issue, or "" when the line is a baseline or a detail. */
  target: string;
  /** Whether the target was met; null without a target. */
  pass: boolean | null;
}

/** What a scenario gets: the isolated stack the runner started. */
export interface BenchContext {
  /** The scratch database, migrated and otherwise empty when the run starts. */
  databaseUrl: string;
  redisUrl: string | undefined;
  /** The production build of apps/web serving databaseUrl, e.g. http://127.0.0.1:4310. */
  webUrl: string;
  /** apps/web's Next.js build output directory (apps/web/.next). */
  webBuildDir: string;
  /** Tiny sizes for the test suite's smoke run: the shape of the results, never their speed. */
  smoke: boolean;
  log: (line: string) => void;
}

export interface Scenario {
  name: string;
  run(context: BenchContext): Promise<Measurement[]>;
}
