import { ArbError } from "../errors/ArbError";
import { MAX_TICK_INDEX, MIN_TICK_INDEX } from "./clmmConstants";

// 1.0001^(-2^i / 2) in Q64.64 for bit i of |tick| (the same table, and the same truncating
// multiply-then-shift order, as the Whirlpool program's `sqrt_price_from_tick_index`).
const NEGATIVE_Q64: readonly bigint[] = [
  18445821805675392311n, 18444899583751176498n, 18443055278223354162n, 18439367220385604838n,
  18431993317065449817n, 18417254355718160513n, 18387811781193591352n, 18329067761203520168n,
  18212142134806087854n, 17980523815641551639n, 17526086738831147013n, 16651378430235024244n,
  15030750278693429944n, 12247334978882834399n, 8131365268884726200n, 3584323654723342297n,
  696457651847595233n, 26294789957452057n, 37481735321082n,
];

// 1.0001^(2^i / 2) in Q32.96 for positive ticks (shifted down to Q64.64 at the end).
const POSITIVE_Q96: readonly bigint[] = [
  79232123823359799118286999567n, 79236085330515764027303304731n, 79244008939048815603706035061n,
  79259858533276714757314932305n, 79291567232598584799939703904n, 79355022692464371645785046466n,
  79482085999252804386437311141n, 79736823300114093921829183326n, 80248749790819932309965073892n,
  81282483887344747381513967011n, 83390072131320151908154831281n, 87770609709833776024991924138n,
  97234110755111693312479820773n, 119332217159966728226237229890n, 179736315981702064433883588727n,
  407748233172238350107850275304n, 2098478828474011932436660412517n, 55581415166113811149459800483533n,
  38992368544603139932233054999993551n,
];

const Q64_ONE = 1n << 64n;
const Q96_ONE = 1n << 96n;

/**
 * The sqrt price (Q64.64, i.e. `sqrt(1.0001^tick) × 2^64`) of a tick index, bit-exact with the
 * Whirlpool program: each factor is multiplied in and truncated (rounded down) in turn, so the result
 * can be a few units below the real value but always equals what the chain computes.
 *
 * @param tick - Tick index in [-443636, 443636].
 * @returns The sqrt price as a Q64.64 bigint.
 * @throws ArbError `CLMM_TICK_OUT_OF_RANGE` when `tick` is not an integer in range.
 * @example
 * ```ts
 * getSqrtPriceAtTick(0); // 18446744073709551616n (= 2^64, price 1)
 * ```
 */
export function getSqrtPriceAtTick(tick: number): bigint {
  if (!Number.isInteger(tick) || tick < MIN_TICK_INDEX || tick > MAX_TICK_INDEX) {
    throw new ArbError("CLMM_TICK_OUT_OF_RANGE", `tick ${tick} is outside [${MIN_TICK_INDEX}, ${MAX_TICK_INDEX}]`, {
      tick,
    });
  }
  if (tick > 0) {
    let ratio = (tick & 1) !== 0 ? (POSITIVE_Q96[0] as bigint) : Q96_ONE;
    for (let bit = 1; bit < POSITIVE_Q96.length; bit++) {
      if ((tick & (1 << bit)) !== 0) ratio = (ratio * (POSITIVE_Q96[bit] as bigint)) >> 96n;
    }
    return ratio >> 32n;
  }
  const abs = -tick;
  let ratio = (abs & 1) !== 0 ? (NEGATIVE_Q64[0] as bigint) : Q64_ONE;
  for (let bit = 1; bit < NEGATIVE_Q64.length; bit++) {
    if ((abs & (1 << bit)) !== 0) ratio = (ratio * (NEGATIVE_Q64[bit] as bigint)) >> 64n;
  }
  return ratio;
}
