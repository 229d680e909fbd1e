import { decodeWhirlpool } from "../solana/decodeWhirlpool";
import { getTickArrayAddress } from "../solana/getTickArrayAddress";
import { getTickArrayStartIndex } from "../solana/getTickArrayStartIndex";
import { createSeededRandom } from "./createSeededRandom";
import { createSyntheticWhirlpool } from "./createSyntheticWhirlpool";
import {
  encodeAccountNotification,
  encodeGetMultipleAccountsResponse,
  encodeMintAccount,
  encodeNumberResult,
  encodePrioritizationFeesResponse,
  encodeRpcRequest,
  encodeSlotNotification,
  rpcId,
  SPL_TOKEN_PROGRAM_ID,
  type SyntheticAccount,
} from "./encodeSolanaFrames";
import { priceToSqrtPriceX64 } from "./priceToSqrtPriceX64";
import { timedFrame, type ScenarioTimeline, type TimedFrame } from "./ScenarioTimeline";

/** How the pool follows the CEX price. */
export interface PoolLagModel {
  /** The pool's arbitrageurs react to the CEX price this long ago, in seconds. @default 4 */
  readonly lagSeconds?: number;
  /** Probability per slot that someone arbitrages the pool toward the (lagged) CEX price. @default 0.12 */
  readonly arbitrageProbability?: number;
  /** Probability per slot of a small retail swap (±6 bps). @default 0.25 */
  readonly retailProbability?: number;
}

const SLOT_US = 400_000;
const FEES_EVERY_US = 10_000_000;
const COMMITMENT = { encoding: "base64", commitment: "confirmed" };
const EACH_SIDE = 3; // the Orca connector's default tick-array window

/**
 * The Solana side of a scenario for one Whirlpool (SOL/USDC: 9 and 6 decimals), framed exactly as the Orca
 * connector records a live session on one connection: `slotSubscribe`; `getMultipleAccounts` of the pool;
 * `accountSubscribe` of the pool and its tick-array window (3 arrays each side); `getMultipleAccounts` of the
 * two mints (synthetic classic SPL mints: SOL 9 decimals, USDC 6) and the window; then every slot (400 ms) a `slotNotification`, an `accountNotification` when the pool's price
 * changed, a window fetch when the price enters another array, and `getRecentPrioritizationFees` every 10 s.
 * JSON-RPC ids are `method/seq/keys` like the connector's transport writes them.
 *
 * The pool lags the CEX mid: arbitrageurs move it toward the mid of `lagSeconds` ago, retail swaps jiggle it;
 * tick and liquidity follow the price exactly (see `createSyntheticWhirlpool`).
 */
export function createOrcaScenarioStream(
  seed: number,
  timeline: ScenarioTimeline,
  whirlpool: SyntheticAccount,
  tickArrays: readonly SyntheticAccount[],
  startSlot: number,
  lag: PoolLagModel = {},
): TimedFrame[] {
  const rng = createSeededRandom(seed);
  const lagUs = Math.round((lag.lagSeconds ?? 4) * 1_000_000);
  const pArb = lag.arbitrageProbability ?? 0.12;
  const pRetail = lag.retailProbability ?? 0.25;
  const pool = createSyntheticWhirlpool(whirlpool.data, tickArrays.map((a) => a.data));
  const meta = decodeWhirlpool(whirlpool.data);
  const spacing = meta.state.tickSpacing;
  // The mints are not part of the snapshot: SOL (9 decimals) and USDC (6) as classic SPL mints.
  const accountsByKey = new Map<string, SyntheticAccount>([
    ...tickArrays.map((a) => [a.pubkey, a] as const),
    [meta.tokenMintA, { pubkey: meta.tokenMintA, data: encodeMintAccount(9), owner: SPL_TOKEN_PROGRAM_ID }],
    [meta.tokenMintB, { pubkey: meta.tokenMintB, data: encodeMintAccount(6), owner: SPL_TOKEN_PROGRAM_ID }],
  ]);
  const { startUs, endUs } = timeline;
  let price = timeline.midAt(startUs);
  pool.applySqrtPrice(priceToSqrtPriceX64(price, 9, 6));
  const out: TimedFrame[] = [];
  const conn = "orca-0-1";
  let seq = 0;
  let slot = startSlot;
  let t = startUs + 2_000;
  const send = (method: string, keys: readonly string[], params: readonly unknown[]): string => {
    const id = rpcId(method, ++seq, keys);
    out.push(timedFrame(t, "orca", conn, encodeRpcRequest(id, method, params), "out"));
    t += rng.int(20_000, 60_000);
    return id;
  };
  const receive = (text: string): void => {
    out.push(timedFrame(t, "orca", conn, text));
    t += rng.int(100, 900);
  };
  const subscriptions = new Map<string, number>();
  let nextSubscription = 0;
  const subscribe = (address: string): void => {
    const subscription = nextSubscription++;
    subscriptions.set(address, subscription);
    receive(encodeNumberResult(send("accountSubscribe", [address], [address, COMMITMENT]), subscription));
  };
  const windowOf = (): string[] =>
    Array.from({ length: 2 * EACH_SIDE + 1 }, (_, i) => getTickArrayAddress(whirlpool.pubkey, getTickArrayStartIndex(pool.tickCurrentIndex, spacing, i - EACH_SIDE)));
  const fetch = (keys: readonly string[]): void => {
    const id = send("getMultipleAccounts", keys, [keys, COMMITMENT]);
    receive(encodeGetMultipleAccountsResponse(id, slot, keys.map((k) => (k === whirlpool.pubkey ? { pubkey: k, data: pool.accountData() } : accountsByKey.get(k)))));
  };

  const slotSubscription = nextSubscription++;
  receive(encodeNumberResult(send("slotSubscribe", [], []), slotSubscription));
  fetch([whirlpool.pubkey]);
  let window = windowOf();
  for (const address of [whirlpool.pubkey, ...window]) subscribe(address);
  // Like the connector: the mints (decimals, Token-2022 check) together with the window.
  fetch([meta.tokenMintA, meta.tokenMintB, ...window]);
  const sampleFees = (): void => {
    const current = getTickArrayAddress(whirlpool.pubkey, getTickArrayStartIndex(pool.tickCurrentIndex, spacing));
    const keys = [whirlpool.pubkey, meta.tokenVaultA, meta.tokenVaultB, current];
    const id = send("getRecentPrioritizationFees", keys, [keys]);
    receive(encodePrioritizationFeesResponse(id, Array.from({ length: 20 }, (_, i) => ({ slot: slot - 19 + i, fee: rng.next() < 0.4 ? 0 : rng.int(1_000, 120_000) }))));
  };
  sampleFees();
  let nextFees = t + FEES_EVERY_US;

  for (let slotUs = t + SLOT_US; slotUs < endUs; slotUs += SLOT_US) {
    slot++;
    t = Math.max(t, slotUs + rng.int(20_000, 80_000));
    receive(encodeSlotNotification(slotSubscription, slot));
    let moved = false;
    if (rng.next() < pArb) {
      const target = timeline.midAt(Math.max(startUs, slotUs - lagUs));
      price += rng.between(0.5, 1) * (target - price);
      moved = true;
    }
    if (rng.next() < pRetail) {
      price *= 1 + rng.between(-0.0006, 0.0006);
      moved = true;
    }
    if (moved) {
      pool.applySqrtPrice(priceToSqrtPriceX64(price, 9, 6));
      receive(encodeAccountNotification(subscriptions.get(whirlpool.pubkey) ?? 0, slot, pool.accountData()));
      const next = windowOf();
      const added = next.filter((a) => !window.includes(a));
      if (added.length > 0) {
        window = next;
        for (const address of added) subscribe(address);
        fetch(added);
      }
    }
    if (t >= nextFees) {
      sampleFees();
      nextFees += FEES_EVERY_US;
    }
  }
  return out.filter((f) => f.us < endUs);
}
