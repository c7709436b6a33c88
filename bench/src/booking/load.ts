import { percentile } from "../measure.ts";

export interface LoadResult {
  pairs: number;
  errors: number;
  /** The first error's message, so a broken pass says why. */
  firstError?: string;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

type Pair = (lane: number) => Promise<void>;

function resultOf(samplesMs: number[], errors: string[], elapsedMs: number): LoadResult {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    pairs: sorted.length,
    errors: errors.length,
    ...(errors.length > 0 ? { firstError: errors[0] } : {}),
    perSecond: round((1000 * sorted.length) / elapsedMs),
    p50Ms: sorted.length ? round(percentile(sorted, 0.5)) : 0,
    p99Ms: sorted.length ? round(percentile(sorted, 0.99)) : 0,
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Closed loop: `concurrency` lanes, each starting its next pair when the last one ends, for
 * `seconds`. The lane number picks the student, so a student never races themself.
 */
export async function closedLoop({ concurrency, seconds, pair }: { concurrency: number; seconds: number; pair: Pair }): Promise<LoadResult> {
  const samples: number[] = [];
  const errors: string[] = [];
  const startedAt = performance.now();
  const until = startedAt + seconds * 1000;
  const lane = async (index: number) => {
    while (performance.now() < until) {
      const began = performance.now();
      try {
        await pair(index);
        samples.push(performance.now() - began);
      } catch (error) {
        errors.push(messageOf(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => lane(index)));
  return resultOf(samples, errors, performance.now() - startedAt);
}

/**
 * Open loop: a pair starts every 1/`perSecond` s whether or not earlier ones finished, for
 * `seconds`; latency counts from when the pair was due, so a stall shows up in p99 instead of
 * quietly slowing the schedule down. Lanes rotate over `lanes` students.
 */
export async function openLoop({ perSecond, seconds, lanes, pair }: { perSecond: number; seconds: number; lanes: number; pair: Pair }): Promise<LoadResult> {
  const samples: number[] = [];
  const errors: string[] = [];
  const total = Math.max(1, Math.round(perSecond * seconds));
  const startedAt = performance.now();
  const running: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = startedAt + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    running.push(
      pair(index % lanes).then(
        () => void samples.push(performance.now() - due),
        (error: unknown) => void errors.push(messageOf(error)),
      ),
    );
  }
  await Promise.all(running);
  return resultOf(samples, errors, performance.now() - startedAt);
}
