/** Says what the start is doing, step by step, with each step's time, for a person to follow. */
export async function step<T>(title: string, work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  process.stdout.write(`→ ${title}…\n`);
  try {
    const result = await work();
    process.stdout.write(`✓ ${title} (${seconds(startedAt)})\n`);
    return result;
  } catch (error) {
    process.stdout.write(`✗ ${title} failed after ${seconds(startedAt)}\n`);
    throw error;
  }
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
