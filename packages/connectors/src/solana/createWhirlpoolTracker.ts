import { getUnsupportedPoolFeatures, instrumentId, venueId } from "@arbkit/core";
import type { InstrumentId, PoolStateEvent, UnixMs, UnsupportedPoolFeature } from "@arbkit/core";
import { decodeFailure } from "./accountBytes";
import { decodeMint, type MintInfo } from "./decodeMint";
import { decodeTickArray } from "./decodeTickArray";
import { decodeWhirlpool } from "./decodeWhirlpool";
import { findUncoveredTradeSides } from "./findUncoveredTradeSides";
import { getTickArrayAddress } from "./getTickArrayAddress";
import { getTickArrayStartIndex } from "./getTickArrayStartIndex";
import type { OrcaPoolConfig } from "./OrcaPoolConfig";
import type { RawAccount } from "./OrcaFrameItem";
import type { TickArrayAccount } from "./TickArrayAccount";
import type { WhirlpoolAccount } from "./WhirlpoolAccount";


/** Tracked state of one pool. Internal to the Orca connector. */
export interface TrackedPool {
  readonly config: OrcaPoolConfig;
  readonly instrument: InstrumentId;
  whirlpool: WhirlpoolAccount | undefined;
  whirlpoolBytes: Uint8Array | undefined;
  /** Slot of the pool account data held. */
  whirlpoolSlot: number;
  /** Tick-array window: start index → address, around the current tick. */
  window: Map<number, string>;
  /** Start of the array holding the current tick when the window was last derived. */
  center: number | undefined;
  /** What the window was derived from (center, spacing, extra arrays), to skip re-deriving the same one. */
  windowKey: string | undefined;
  /** Arrays added below / above the base window to cover `maxTradeA` / `maxTradeB`. */
  extraBelow: number;
  extraAbove: number;
  /** Loaded arrays by start (`null`: the account does not exist). */
  readonly arrays: Map<number, { readonly account: TickArrayAccount | null; readonly bytes: Uint8Array | undefined; readonly slot: number }>;
  /** Newest slot at which the pool's data is known current. */
  dataSlot: number;
  /** Whether something a published event shows changed since the last event. */
  dirty: boolean;
  /** The first feature the swap math does not model (adaptive fee, Token-2022 transfer fee), if any. */
  unsupported: UnsupportedPoolFeature | undefined;
}

/** Options for {@link createWhirlpoolTracker}. */
export interface WhirlpoolTrackerOptions {
  readonly pools: readonly OrcaPoolConfig[];
  /** Tick arrays loaded on each side of the one holding the current tick. */
  readonly tickArraysEachSide: number;
  /** Upper bound per side when growing the window for `maxTradeA` / `maxTradeB`. */
  readonly maxTickArraysEachSide: number;
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && Buffer.compare(a, b) === 0;

/**
 * The pool-state cache of the Orca connector: applies raw accounts (from RPC responses or notifications,
 * live or replayed) to the configured pools, keeps each pool's tick-array window around its current tick and
 * builds the immutable {@link PoolStateEvent}s. Pure state, no I/O: the same code runs live and on replay.
 */
export interface WhirlpoolTracker {
  /** Every tracked pool. */
  readonly pools: readonly TrackedPool[];
  /** The pool with this account address, if configured. */
  pool(address: string): TrackedPool | undefined;
  /**
   * Applies one account at `slot`; returns the pool it belongs to (`undefined` when unrelated).
   * @throws ArbError `ACCOUNT_DECODE_FAILED` for bytes that do not decode.
   */
  apply(address: string, account: RawAccount | null, slot: number): TrackedPool | undefined;
  /** Addresses of a pool's mints not read yet (decimals, token program, transfer fee). */
  missingMints(pool: TrackedPool): string[];
  /** Addresses in a pool's window not loaded yet. */
  missingArrays(pool: TrackedPool): string[];
  /** Whether the pool can be published: pool, both mints, decimals and the current tick's array known. */
  isReady(pool: TrackedPool): boolean;
  /**
   * Grows the window by one array on each side where the pool's `maxTradeA` / `maxTradeB` would run past the
   * loaded arrays (once every window array is loaded); returns whether the window changed.
   */
  extendForTrades(pool: TrackedPool): boolean;
  /** Builds the pool's event and clears its dirty flag. */
  event(pool: TrackedPool, tsEvent: UnixMs, tsInit: UnixMs): PoolStateEvent;
}

/** Creates a {@link WhirlpoolTracker}. */
export function createWhirlpoolTracker(options: WhirlpoolTrackerOptions): WhirlpoolTracker {
  const orca = venueId("orca");
  const pools: TrackedPool[] = options.pools.map((config) => ({
    config,
    instrument: config.instrument ?? instrumentId(orca, config.address),
    whirlpool: undefined,
    whirlpoolBytes: undefined,
    whirlpoolSlot: -1,
    window: new Map(),
    center: undefined,
    windowKey: undefined,
    extraBelow: 0,
    extraAbove: 0,
    arrays: new Map(),
    dataSlot: 0,
    dirty: false,
    unsupported: undefined,
  }));
  const byAddress = new Map(pools.map((p) => [p.config.address, p]));
  const mints = new Map<string, MintInfo>();
  const addressCache = new Map<string, string>();
  const arrayAddress = (pool: string, start: number): string => {
    const key = `${pool}:${start}`;
    let address = addressCache.get(key);
    if (address === undefined) {
      address = getTickArrayAddress(pool, start);
      addressCache.set(key, address);
    }
    return address;
  };
  const decimalsOf = (pool: TrackedPool): [number | undefined, number | undefined] => {
    const w = pool.whirlpool;
    return [pool.config.decimalsA ?? (w && mints.get(w.tokenMintA)?.decimals), pool.config.decimalsB ?? (w && mints.get(w.tokenMintB)?.decimals)];
  };
  const setWindow = (pool: TrackedPool, w: WhirlpoolAccount): void => {
    const { tickCurrentIndex, tickSpacing } = w.state;
    const center = getTickArrayStartIndex(tickCurrentIndex, tickSpacing);
    if (center !== pool.center) {
      // A new current array: start again from the base window; trade coverage grows it again if needed.
      pool.center = center;
      pool.extraBelow = 0;
      pool.extraAbove = 0;
    }
    // The window depends only on these: most updates move the price within the current array.
    const key = `${center}:${tickSpacing}:${pool.extraBelow}:${pool.extraAbove}`;
    if (key === pool.windowKey) return;
    pool.windowKey = key;
    const next = new Map<number, string>();
    for (let k = -(options.tickArraysEachSide + pool.extraBelow); k <= options.tickArraysEachSide + pool.extraAbove; k++) {
      const start = getTickArrayStartIndex(tickCurrentIndex, tickSpacing, k);
      next.set(start, pool.window.get(start) ?? arrayAddress(pool.config.address, start));
    }
    for (const start of pool.arrays.keys()) if (!next.has(start)) pool.arrays.delete(start);
    pool.window = next;
  };
  const missingArraysOf = (pool: TrackedPool): string[] => [...pool.window].filter(([start]) => !pool.arrays.has(start)).map(([, address]) => address);
  // The sorted loaded arrays of each pool, kept while the accounts in `pool.arrays` stay the same objects (most
  // updates change only the pool account): events then share one frozen array instead of sorting a new one.
  const sortedArrays = new WeakMap<TrackedPool, { readonly accounts: readonly (TickArrayAccount | null)[]; readonly sorted: readonly TickArrayAccount[] }>();
  const loadedArrays = (pool: TrackedPool): readonly TickArrayAccount[] => {
    const accounts: (TickArrayAccount | null)[] = [];
    for (const entry of pool.arrays.values()) accounts.push(entry.account);
    const cached = sortedArrays.get(pool);
    if (cached !== undefined && cached.accounts.length === accounts.length && cached.accounts.every((a, i) => a === accounts[i])) return cached.sorted;
    const sorted = Object.freeze(accounts.filter((a): a is TickArrayAccount => a !== null).sort((x, y) => x.startTickIndex - y.startTickIndex));
    sortedArrays.set(pool, { accounts, sorted });
    return sorted;
  };
  const checkSupport = (pool: TrackedPool): void => {
    const w = pool.whirlpool;
    if (w === undefined) return;
    const [feature] = getUnsupportedPoolFeatures({
      pool: pool.config.address,
      tickSpacing: w.state.tickSpacing,
      feeTierIndexSeed: w.feeTierIndex,
      transferFeeA: mints.get(w.tokenMintA)?.hasTransferFee === true,
      transferFeeB: mints.get(w.tokenMintB)?.hasTransferFee === true,
    });
    pool.unsupported = feature;
  };
  const applyToPool = (pool: TrackedPool, address: string, account: RawAccount | null, slot: number): boolean => {
    if (address === pool.config.address) {
      // A response older than a notification already applied must not roll the state back.
      if (account === null || slot < pool.whirlpoolSlot) return true;
      pool.whirlpoolSlot = slot;
      if (!sameBytes(pool.whirlpoolBytes, account.data)) {
        const basis = pool.whirlpool !== undefined && pool.whirlpoolBytes !== undefined ? { data: pool.whirlpoolBytes, account: pool.whirlpool } : undefined;
        const w = decodeWhirlpool(account.data, address, basis);
        pool.whirlpool = w;
        pool.whirlpoolBytes = account.data;
        pool.dirty = true;
        setWindow(pool, w);
        checkSupport(pool);
      }
      return true;
    }
    const w = pool.whirlpool;
    if (w === undefined) return false;
    if (address === w.tokenMintA || address === w.tokenMintB) {
      if (account !== null && !mints.has(address)) {
        mints.set(address, decodeMint(account.data, account.owner, address));
        pool.dirty = true;
        checkSupport(pool);
      }
      return true;
    }
    for (const [start, arrayAddr] of pool.window) {
      if (arrayAddr !== address) continue;
      const previous = pool.arrays.get(start);
      if (previous !== undefined && slot < previous.slot) return true;
      if (account === null) {
        if (previous?.account !== null) pool.dirty = true;
        pool.arrays.set(start, { account: null, bytes: undefined, slot });
      } else if (sameBytes(previous?.bytes, account.data)) {
        pool.arrays.set(start, { account: previous?.account ?? null, bytes: previous?.bytes, slot });
      } else {
        const decoded = decodeTickArray(account.data, { address, tickSpacing: w.state.tickSpacing });
        if (decoded.whirlpool !== pool.config.address || decoded.startTickIndex !== start) {
          decodeFailure(address, "TickArray", `belongs to ${decoded.whirlpool} at ${decoded.startTickIndex}, expected ${pool.config.address} at ${start}`);
        }
        pool.arrays.set(start, { account: decoded, bytes: account.data, slot });
        pool.dirty = true;
      }
      return true;
    }
    return false;
  };
  return {
    pools,
    pool: (address) => byAddress.get(address),
    apply(address, account, slot) {
      for (const pool of pools) {
        if (applyToPool(pool, address, account, slot)) {
          if (slot > pool.dataSlot) pool.dataSlot = slot;
          return pool;
        }
      }
      return undefined;
    },
    missingMints(pool) {
      const w = pool.whirlpool;
      if (w === undefined) return [];
      const out: string[] = [];
      // Mints are read even with configured decimals: their owner tells Token-2022 transfer fees apart.
      if (!mints.has(w.tokenMintA)) out.push(w.tokenMintA);
      if (!mints.has(w.tokenMintB)) out.push(w.tokenMintB);
      return out;
    },
    missingArrays: missingArraysOf,
    isReady(pool) {
      const w = pool.whirlpool;
      if (w === undefined) return false;
      const [a, b] = decimalsOf(pool);
      return a !== undefined && b !== undefined && mints.has(w.tokenMintA) && mints.has(w.tokenMintB) && pool.arrays.has(getTickArrayStartIndex(w.state.tickCurrentIndex, w.state.tickSpacing));
    },
    extendForTrades(pool) {
      const w = pool.whirlpool;
      const { maxTradeA, maxTradeB } = pool.config;
      if (w === undefined || (maxTradeA === undefined && maxTradeB === undefined) || missingArraysOf(pool).length > 0) return false;
      const uncovered = findUncoveredTradeSides(w.state, loadedArrays(pool), maxTradeA, maxTradeB);
      const room = options.maxTickArraysEachSide - options.tickArraysEachSide;
      const below = uncovered.below && pool.extraBelow < room;
      const above = uncovered.above && pool.extraAbove < room;
      if (below) pool.extraBelow++;
      if (above) pool.extraAbove++;
      if (below || above) setWindow(pool, w);
      return below || above;
    },
    event(pool, tsEvent, tsInit) {
      const w = pool.whirlpool as WhirlpoolAccount;
      const [decimalsA = 0, decimalsB = 0] = decimalsOf(pool);
      pool.dirty = false;
      const tickArrays = loadedArrays(pool);
      return {
        venue: orca,
        instrument: pool.instrument,
        pool: pool.config.address,
        tokenMintA: w.tokenMintA,
        tokenMintB: w.tokenMintB,
        decimalsA,
        decimalsB,
        state: w.state,
        tickArrays,
        slot: pool.dataSlot,
        tsEvent,
        tsInit,
      };
    },
  };
}
