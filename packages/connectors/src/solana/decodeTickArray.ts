import { decodeFailure, hasDiscriminator, readI128, readPubkey, readU128, viewOf } from "./accountBytes";
import type { TickArrayAccount, TickDetail } from "./TickArrayAccount";

/** Ticks per tick array. */
export const TICK_ARRAY_SIZE = 88;
/** Size in bytes of a fixed-layout TickArray account. */
export const FIXED_TICK_ARRAY_ACCOUNT_SIZE = 9_988;

const FIXED_DISCRIMINATOR = [0x45, 0x61, 0xbd, 0xbe, 0x6e, 0x07, 0x42, 0xbb];
const DYNAMIC_DISCRIMINATOR = [0x11, 0xd8, 0xf6, 0x8e, 0xe1, 0xc7, 0xda, 0x38];
const TICK_DATA_SIZE = 112; // liquidity_net i128, liquidity_gross u128, 2 fee growths, 3 reward growths
const DYNAMIC_TICKS_OFFSET = 60; // discriminator 8, start i32, whirlpool 32, tick_bitmap u128
const DYNAMIC_MIN_SIZE = DYNAMIC_TICKS_OFFSET + TICK_ARRAY_SIZE;
const DYNAMIC_MAX_SIZE = DYNAMIC_TICKS_OFFSET + TICK_ARRAY_SIZE * (TICK_DATA_SIZE + 1);
const MAX_TICK = 443_636;
const MAX_TICK_SPACING = 32_896;

const ZERO_TICK: TickDetail = Object.freeze({
  initialized: false,
  liquidityNet: 0n,
  liquidityGross: 0n,
  feeGrowthOutsideA: 0n,
  feeGrowthOutsideB: 0n,
  rewardGrowthsOutside: Object.freeze([0n, 0n, 0n] as const),
});

/** Options for {@link decodeTickArray}. */
export interface DecodeTickArrayOptions {
  /** The account address, used in errors and copied to the result. @default undefined */
  readonly address?: string;
  /** The pool's tick spacing; when given, the start index must be a multiple of 88 × spacing. @default unchecked */
  readonly tickSpacing?: number;
}

function readTickData(view: DataView, offset: number, initialized: boolean): TickDetail {
  return Object.freeze({
    initialized,
    liquidityNet: readI128(view, offset),
    liquidityGross: readU128(view, offset + 16),
    feeGrowthOutsideA: readU128(view, offset + 32),
    feeGrowthOutsideB: readU128(view, offset + 48),
    rewardGrowthsOutside: Object.freeze([readU128(view, offset + 64), readU128(view, offset + 80), readU128(view, offset + 96)] as const),
  });
}

function isZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

function decodeFixedTicks(data: Uint8Array, view: DataView, name: string): TickDetail[] {
  const ticks: TickDetail[] = new Array<TickDetail>(TICK_ARRAY_SIZE);
  for (let i = 0, offset = 12; i < TICK_ARRAY_SIZE; i++, offset += TICK_DATA_SIZE + 1) {
    const flag = data[offset];
    if (flag !== 0 && flag !== 1) decodeFailure(name, "TickArray", `tick ${i}: initialized flag ${flag} is not a bool`);
    // Uninitialized ticks are zeroed by the program; sharing one frozen object keeps decoding cheap.
    ticks[i] = flag === 0 && isZero(data, offset + 1, offset + 1 + TICK_DATA_SIZE) ? ZERO_TICK : readTickData(view, offset + 1, flag === 1);
  }
  return ticks;
}

function decodeDynamicTicks(data: Uint8Array, view: DataView, name: string): TickDetail[] {
  const bitmap = readU128(view, 44);
  const ticks: TickDetail[] = new Array<TickDetail>(TICK_ARRAY_SIZE);
  let offset = DYNAMIC_TICKS_OFFSET;
  for (let i = 0; i < TICK_ARRAY_SIZE; i++) {
    const tag = data[offset];
    if (tag === undefined) decodeFailure(name, "DynamicTickArray", `truncated at tick ${i}`);
    if (tag !== 0 && tag !== 1) decodeFailure(name, "DynamicTickArray", `tick ${i}: variant tag ${tag} is neither 0 nor 1`);
    if (((bitmap >> BigInt(i)) & 1n) !== BigInt(tag)) decodeFailure(name, "DynamicTickArray", `tick ${i}: tick_bitmap disagrees with the tick's variant`);
    if (tag === 0) {
      ticks[i] = ZERO_TICK;
      offset += 1;
    } else {
      if (offset + 1 + TICK_DATA_SIZE > data.length) decodeFailure(name, "DynamicTickArray", `truncated at tick ${i}`);
      ticks[i] = readTickData(view, offset + 1, true);
      offset += 1 + TICK_DATA_SIZE;
    }
  }
  if (offset !== data.length) decodeFailure(name, "DynamicTickArray", `size ${data.length}, the ticks end at ${offset}`);
  return ticks;
}

/**
 * Decodes a TickArray account of either layout into a core `TickArrayState` (88 ticks) plus metadata:
 * the fixed `TickArray` (9,988 bytes, discriminator `4561bdbe6e0742bb`) and the variable-size
 * `DynamicTickArray` (148…10,004 bytes, discriminator `11d8f68ee1c7da38`: a `tick_bitmap` u128 then one
 * tag byte per tick, followed by 112 bytes of data for initialized ticks). Hand-written reads, checked
 * against `@orca-so/whirlpools-sdk`'s `ParsableTickArray` in tests.
 *
 * @throws ArbError `ACCOUNT_DECODE_FAILED` for a wrong size or discriminator, a non-bool flag, a dynamic
 * tag or bitmap mismatch, a start index out of range or (with `tickSpacing`) not aligned to its array.
 * @example
 * ```ts
 * const array = decodeTickArray(bytes, { address: "5qLb…", tickSpacing: 64 });
 * array.ticks.filter((t) => t.initialized).length;
 * ```
 */
export function decodeTickArray(data: Uint8Array, options: DecodeTickArrayOptions = {}): TickArrayAccount {
  const name = options.address ?? "(unknown)";
  const view = viewOf(data);
  let layout: "fixed" | "dynamic";
  let ticks: TickDetail[];
  let whirlpool: string;
  if (hasDiscriminator(data, FIXED_DISCRIMINATOR)) {
    if (data.length !== FIXED_TICK_ARRAY_ACCOUNT_SIZE) decodeFailure(name, "TickArray", `size ${data.length}, expected ${FIXED_TICK_ARRAY_ACCOUNT_SIZE}`);
    layout = "fixed";
    ticks = decodeFixedTicks(data, view, name);
    whirlpool = readPubkey(data, 9_956);
  } else if (hasDiscriminator(data, DYNAMIC_DISCRIMINATOR)) {
    if (data.length < DYNAMIC_MIN_SIZE || data.length > DYNAMIC_MAX_SIZE) {
      decodeFailure(name, "DynamicTickArray", `size ${data.length}, expected ${DYNAMIC_MIN_SIZE}…${DYNAMIC_MAX_SIZE}`);
    }
    layout = "dynamic";
    ticks = decodeDynamicTicks(data, view, name);
    whirlpool = readPubkey(data, 12);
  } else {
    return decodeFailure(name, "TickArray", data.length < 8 ? `size ${data.length}, too short` : "discriminator is neither TickArray's nor DynamicTickArray's");
  }
  const startTickIndex = view.getInt32(8, true);
  const spacing = options.tickSpacing;
  const lowest = -MAX_TICK - TICK_ARRAY_SIZE * (spacing ?? MAX_TICK_SPACING);
  if (startTickIndex < lowest || startTickIndex > MAX_TICK) decodeFailure(name, "TickArray", `start tick ${startTickIndex} out of range`);
  if (spacing !== undefined && startTickIndex % (TICK_ARRAY_SIZE * spacing) !== 0) {
    decodeFailure(name, "TickArray", `start tick ${startTickIndex} is not a multiple of 88 × ${spacing}`);
  }
  return Object.freeze({ layout, address: options.address, whirlpool, startTickIndex, ticks: Object.freeze(ticks) });
}
