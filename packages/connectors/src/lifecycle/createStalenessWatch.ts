import { ArbError } from "@arbkit/core";
import type { CancelTimer, Clock, UnixMs } from "@arbkit/core";

/** Options for {@link createStalenessWatch}. */
export interface StalenessWatchOptions<K> {
  /** Time source and timers. */
  readonly clock: Clock;
  /** A key goes stale when it has not been touched for this long (ms, > 0). */
  readonly staleAfterMs: number;
  /** Called once when a key goes stale (again after each later touch). `lastSeen` is in Unix ms. */
  readonly onStale: (key: K, lastSeen: UnixMs) => void;
}

/**
 * Watches keys (instruments, a connection) for silence. `touch` is O(1) and schedules nothing when a timer
 * is already armed: the one timer per key re-arms itself lazily at `lastSeen + staleAfterMs` when it fires
 * early, so a hot feed costs one map write per frame, not one timer per frame.
 */
export interface StalenessWatch<K> {
  /** Records activity on `key` now (starts watching it if new). */
  touch(key: K): void;
  /** Stops watching `key`. */
  forget(key: K): void;
  /** Stops watching every key. */
  clear(): void;
  /** When `key` was last touched (Unix ms), or `undefined` when not watched. */
  lastSeen(key: K): UnixMs | undefined;
  /** Whether `key` is watched and has gone stale since its last touch. */
  isStale(key: K): boolean;
}

interface Entry {
  lastSeen: UnixMs;
  cancel: CancelTimer | undefined;
  stale: boolean;
}

/**
 * Creates a {@link StalenessWatch} driven by the injected clock.
 *
 * @throws ArbError `ARGUMENT_INVALID` when `staleAfterMs` is not a positive finite number.
 * @example
 * ```ts
 * const watch = createStalenessWatch({ clock, staleAfterMs: 5_000, onStale: (id) => status.setInstrument(id, "stale", "no update for 5 s") });
 * watch.touch(btc); // on every update of btc
 * ```
 */
export function createStalenessWatch<K>(options: StalenessWatchOptions<K>): StalenessWatch<K> {
  const { clock, staleAfterMs, onStale } = options;
  if (!Number.isFinite(staleAfterMs) || staleAfterMs <= 0) {
    throw new ArbError("ARGUMENT_INVALID", `staleAfterMs ${staleAfterMs} is invalid`, { name: "staleAfterMs", value: staleAfterMs, reason: "must be a positive finite number" });
  }
  const entries = new Map<K, Entry>();
  const arm = (key: K, entry: Entry): void => {
    const delay = Math.max(0, entry.lastSeen + staleAfterMs - clock.now());
    entry.cancel = clock.setTimeout(() => {
      entry.cancel = undefined;
      if (entries.get(key) !== entry) return;
      if (clock.now() - entry.lastSeen >= staleAfterMs) {
        entry.stale = true;
        onStale(key, entry.lastSeen);
      } else {
        arm(key, entry);
      }
    }, delay);
  };
  return Object.freeze({
    touch(key: K): void {
      const entry = entries.get(key);
      if (entry === undefined) {
        const fresh: Entry = { lastSeen: clock.now(), cancel: undefined, stale: false };
        entries.set(key, fresh);
        arm(key, fresh);
        return;
      }
      entry.lastSeen = clock.now();
      entry.stale = false;
      if (entry.cancel === undefined) arm(key, entry);
    },
    forget(key: K): void {
      entries.get(key)?.cancel?.();
      entries.delete(key);
    },
    clear(): void {
      for (const entry of entries.values()) entry.cancel?.();
      entries.clear();
    },
    lastSeen: (key: K) => entries.get(key)?.lastSeen,
    isStale: (key: K) => entries.get(key)?.stale === true,
  });
}
