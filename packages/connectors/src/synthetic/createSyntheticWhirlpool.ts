import { ArbError, getTickAtSqrtPrice } from "@arbkit/core";
import { decodeTickArray } from "../solana/decodeTickArray";
import { decodeWhirlpool } from "../solana/decodeWhirlpool";

/** A synthetic Whirlpool: real account bytes whose price is moved, keeping tick and liquidity consistent. */
export interface SyntheticWhirlpool {
  /** The current account bytes (653 bytes; a fresh copy per call). */
  accountData(): Uint8Array;
  /** Current sqrt price (Q64.64). */
  readonly sqrtPrice: bigint;
  /** Current tick index. */
  readonly tickCurrentIndex: number;
  /** Current active liquidity. */
  readonly liquidity: bigint;
  /**
   * Moves the pool to `sqrtPrice` as a swap would: the tick follows the price and every initialized tick
   * crossed adds (moving up) or subtracts (moving down) its `liquidityNet`.
   * @throws ArbError `ARGUMENT_INVALID` when the move leaves the range covered by the tick arrays.
   */
  applySqrtPrice(sqrtPrice: bigint): void;
}

const LIQUIDITY_OFFSET = 49;
const SQRT_PRICE_OFFSET = 65;
const TICK_OFFSET = 81;

function writeU128(view: DataView, offset: number, value: bigint): void {
  view.setBigUint64(offset, value & 0xffff_ffff_ffff_ffffn, true);
  view.setBigUint64(offset + 8, value >> 64n, true);
}

/**
 * Creates a {@link SyntheticWhirlpool} from real Whirlpool and TickArray account bytes (the layout in
 * `../shared/fixtures/README.md`: liquidity u128 @49, sqrt_price u128 @65, tick_current_index i32 @81).
 * Only these three fields change; everything else (mints, fee rate, vaults, rewards) stays as recorded.
 *
 * @param whirlpool The Whirlpool account data.
 * @param tickArrays The TickArray accounts' data (all arrays the price may move through).
 * @throws ArbError `ACCOUNT_DECODE_FAILED` for bytes that are not those accounts.
 */
export function createSyntheticWhirlpool(whirlpool: Uint8Array, tickArrays: readonly Uint8Array[]): SyntheticWhirlpool {
  const bytes = Uint8Array.from(whirlpool);
  const view = new DataView(bytes.buffer);
  const decoded = decodeWhirlpool(bytes);
  const spacing = decoded.state.tickSpacing;
  const initialized: { tick: number; net: bigint }[] = [];
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const data of tickArrays) {
    const array = decodeTickArray(data, { tickSpacing: spacing });
    lowest = Math.min(lowest, array.startTickIndex);
    highest = Math.max(highest, array.startTickIndex + 88 * spacing - 1);
    array.ticks.forEach((t, i) => {
      if (t.initialized) initialized.push({ tick: array.startTickIndex + i * spacing, net: t.liquidityNet });
    });
  }
  initialized.sort((a, b) => a.tick - b.tick);
  let sqrtPrice = decoded.state.sqrtPrice;
  let tick = decoded.state.tickCurrentIndex;
  let liquidity = decoded.state.liquidity;
  return {
    accountData: () => Uint8Array.from(bytes),
    get sqrtPrice() {
      return sqrtPrice;
    },
    get tickCurrentIndex() {
      return tick;
    },
    get liquidity() {
      return liquidity;
    },
    applySqrtPrice(next: bigint): void {
      const nextTick = getTickAtSqrtPrice(next);
      if (nextTick < lowest || nextTick > highest) {
        throw new ArbError("ARGUMENT_INVALID", `sqrt price ${next} (tick ${nextTick}) leaves the loaded tick arrays`, {
          name: "sqrtPrice",
          value: next.toString(),
          reason: `tick must stay within [${lowest}, ${highest}]`,
        });
      }
      for (const { tick: t, net } of initialized) {
        if (nextTick > tick && t > tick && t <= nextTick) liquidity += net;
        else if (nextTick < tick && t > nextTick && t <= tick) liquidity -= net;
      }
      sqrtPrice = next;
      tick = nextTick;
      writeU128(view, LIQUIDITY_OFFSET, liquidity);
      writeU128(view, SQRT_PRICE_OFFSET, sqrtPrice);
      view.setInt32(TICK_OFFSET, tick, true);
    },
  };
}
