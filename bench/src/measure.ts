/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) throw new Error("no samples");
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Timings {
  calls: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function summarise(samplesMs: number[]): Timings {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { calls: sorted.length, p50Ms: round(percentile(sorted, 0.5)), p95Ms: round(percentile(sorted, 0.95)), maxMs: round(sorted.at(-1)!) };
}

/** `warmUp` untimed calls, then `calls` timed ones, one after another. */
export async function timeCalls(call: () => Promise<unknown>, { warmUp, calls }: { warmUp: number; calls: number }): Promise<Timings> {
  for (let index = 0; index < warmUp; index++) await call();
  const samples: number[] = [];
  for (let index = 0; index < calls; index++) {
    const startedAt = performance.now();
    await call();
    samples.push(performance.now() - startedAt);
  }
  return summarise(samples);
}
