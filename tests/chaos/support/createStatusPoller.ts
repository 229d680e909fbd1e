import type { Clock } from "@arbkit/core";

/** The parts of arb-cli's `/status` document the chaos checks read. */
export interface StatusSample {
  /** The bot's clock when it rendered the document (Unix ms). */
  readonly now: number;
  readonly venues: readonly { readonly venue: string; readonly status: string; readonly instruments: readonly { readonly instrument: string; readonly status: string | null; readonly dataAgeMs: number | null; readonly bid: string | null; readonly ask: string | null }[] }[];
  readonly pools: readonly { readonly instrument: string; readonly status: string | null; readonly price: number; readonly slot: number; readonly dataAgeMs: number }[];
  readonly risk: { readonly state: string; readonly pauses: readonly string[]; readonly staleSources: readonly string[] };
  readonly books: readonly { readonly instrument: string; readonly status: string | null; readonly bidLevels: number; readonly askLevels: number; readonly bids: readonly [string, string][]; readonly asks: readonly [string, string][] }[];
}

/** Polls `/status` in a loop and keeps every distinct document. */
export interface StatusPoller {
  /** Distinct documents in order (the server caches one for 250 ms; repeats are dropped). */
  readonly samples: readonly StatusSample[];
  /** Failed requests (the server must answer every one while the bot runs). */
  readonly failures: readonly string[];
  /** The newest sample. */
  latest(): StatusSample | undefined;
  /** Resolves with the first sample (from now on) that satisfies `check`, or undefined after `timeoutMs`. */
  waitFor(check: (s: StatusSample) => boolean, timeoutMs: number): Promise<StatusSample | undefined>;
  stop(): Promise<void>;
}

/** Starts polling `${url}/status` every `intervalMs` (one request at a time). */
export function createStatusPoller(url: string, clock: Clock, intervalMs = 100): StatusPoller {
  const samples: StatusSample[] = [];
  const failures: string[] = [];
  const waiters = new Set<{ check: (s: StatusSample) => boolean; resolve: (s: StatusSample | undefined) => void }>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = clock.now();
      try {
        const res = await fetch(`${url}/status`);
        const doc = (await res.json()) as StatusSample & { now: string };
        const sample: StatusSample = { ...doc, now: Date.parse(doc.now) };
        if (sample.now !== samples[samples.length - 1]?.now) {
          samples.push(sample);
          for (const w of [...waiters]) if (w.check(sample)) (waiters.delete(w), w.resolve(sample));
        }
      } catch (error) {
        if (!stopped) failures.push(String(error));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, intervalMs - (clock.now() - started))));
    }
  })();
  return {
    samples,
    failures,
    latest: () => samples[samples.length - 1],
    waitFor: (check, timeoutMs) =>
      new Promise((resolve) => {
        const w = { check, resolve };
        waiters.add(w);
        setTimeout(() => {
          if (waiters.delete(w)) resolve(undefined);
        }, timeoutMs);
      }),
    async stop() {
      stopped = true;
      await loop;
      for (const w of waiters) w.resolve(undefined);
      waiters.clear();
    },
  };
}
