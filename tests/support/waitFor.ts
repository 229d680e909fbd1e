/**
 * Resolves once `predicate()` is true, checking after every macrotask turn (socket I/O). Rejects with
 * `what` after `limitMs` of real time: a guard against hanging, never a timing assertion.
 */
export async function waitFor(predicate: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const start = process.hrtime.bigint();
  while (!predicate()) {
    if (Number(process.hrtime.bigint() - start) / 1e6 > limitMs) throw new Error(`waitFor: gave up waiting for ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
  }
}
