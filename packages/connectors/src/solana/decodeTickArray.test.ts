import { ParsableTickArray } from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { load2022Accounts, loadCzfq, loadExpectedDecodedValues, loadHjpSnapshot, type OrcaFixtureAccount } from "../../../../tests/support/orcaFixtures";
import { decodeTickArray } from "./decodeTickArray";
import type { TickArrayAccount } from "./TickArrayAccount";

const sdkParse = (pubkey: string, data: Buffer) => {
  const parsed = ParsableTickArray.parse(new PublicKey(pubkey), { data, owner: PublicKey.default, lamports: 0, executable: false });
  if (parsed === null) throw new Error("SDK could not parse");
  return parsed;
};

const expectEqualToSdk = (ours: TickArrayAccount, pubkey: string, data: Buffer): void => {
  const sdk = sdkParse(pubkey, data);
  expect(ours.startTickIndex).toBe(sdk.startTickIndex);
  expect(ours.whirlpool).toBe(sdk.whirlpool.toBase58());
  expect(ours.ticks.length).toBe(88);
  sdk.ticks.forEach((t, i) => {
    const o = ours.ticks[i];
    expect(o?.initialized).toBe(t.initialized);
    expect(o?.liquidityNet).toBe(BigInt(t.liquidityNet.toString()));
    expect(o?.liquidityGross).toBe(BigInt(t.liquidityGross.toString()));
    expect(o?.feeGrowthOutsideA).toBe(BigInt(t.feeGrowthOutsideA.toString()));
    expect(o?.feeGrowthOutsideB).toBe(BigInt(t.feeGrowthOutsideB.toString()));
    expect(o?.rewardGrowthsOutside).toEqual(t.rewardGrowthsOutside.map((r) => BigInt(r.toString())));
  });
};

/** Re-encodes a decoded array in the DynamicTickArray layout (synthetic: no dynamic account is in the fixtures). */
const encodeDynamic = (a: TickArrayAccount): Buffer => {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(60);
  Buffer.from([17, 216, 246, 142, 225, 199, 218, 56]).copy(head, 0);
  head.writeInt32LE(a.startTickIndex, 8);
  new PublicKey(a.whirlpool).toBuffer().copy(head, 12);
  let bitmap = 0n;
  a.ticks.forEach((t, i) => (bitmap |= t.initialized ? 1n << BigInt(i) : 0n));
  head.writeBigUInt64LE(bitmap & ((1n << 64n) - 1n), 44);
  head.writeBigUInt64LE(bitmap >> 64n, 52);
  parts.push(head);
  const u128 = (v: bigint): Buffer => {
    const b = Buffer.alloc(16);
    const x = BigInt.asUintN(128, v);
    b.writeBigUInt64LE(x & ((1n << 64n) - 1n), 0);
    b.writeBigUInt64LE(x >> 64n, 8);
    return b;
  };
  for (const t of a.ticks) {
    if (!t.initialized) {
      parts.push(Buffer.from([0]));
      continue;
    }
    parts.push(Buffer.from([1]), u128(t.liquidityNet), u128(t.liquidityGross), u128(t.feeGrowthOutsideA), u128(t.feeGrowthOutsideB), ...t.rewardGrowthsOutside.map(u128));
  }
  return Buffer.concat(parts);
};

const expectDecodeFailure = (fn: () => unknown, reason: RegExp): void => {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(isArbError(thrown, "ACCOUNT_DECODE_FAILED")).toBe(true);
  if (isArbError(thrown, "ACCOUNT_DECODE_FAILED")) expect(thrown.context.reason).toMatch(reason);
};

describe("decodeTickArray (fixed layout)", () => {
  it("decodes all 39 real tick arrays of HJPjoW exactly as the SDK does, with the snapshot's metadata", () => {
    const snap = loadHjpSnapshot();
    expect(snap.tickArrays.length).toBe(39);
    for (const a of snap.tickArrays) {
      const ours = decodeTickArray(a.data, { address: a.pubkey, tickSpacing: 64 });
      expect(ours.layout).toBe("fixed");
      expect(ours.whirlpool).toBe(snap.pool.pubkey);
      expect(ours.startTickIndex).toBe(a.startTickIndex);
      expect(ours.ticks.filter((t) => t.initialized).length).toBe(a.initializedTicks);
      expectEqualToSdk(ours, a.pubkey, a.data);
    }
  });

  it("decodes the 2022 and Czfq tick arrays as the SDK does", () => {
    const arrays: OrcaFixtureAccount[] = [...load2022Accounts()].filter(([n]) => n.includes("_ta_")).map(([, a]) => a);
    arrays.push(...loadCzfq().tickArrays);
    expect(arrays.length).toBe(13);
    for (const a of arrays) expectEqualToSdk(decodeTickArray(a.data, { address: a.pubkey }), a.pubkey, a.data);
  });

  it("matches the independent oracle for the SAMO/USDC array at -112640", () => {
    const [, oracle] = Object.entries(loadExpectedDecodedValues()).find(([k]) => k.startsWith("samo_usdc_wp_ta")) ?? [];
    const account = [...load2022Accounts()].find(([n]) => n.startsWith("samo_usdc_wp_ta"))?.[1];
    if (oracle === undefined || account === undefined) throw new Error("fixture missing");
    const e = oracle.expected;
    const a = decodeTickArray(account.data, { address: account.pubkey });
    expect(a.address).toBe(e.pubkey);
    expect(a.whirlpool).toBe(e.whirlpool);
    expect(String(a.startTickIndex)).toBe(e.start_tick_index);
    for (const i of [0, 3, 29, 87]) {
      const t = a.ticks[i];
      expect(t?.initialized).toBe(e[`ticks[${i}].initialized`]);
      expect(String(t?.liquidityNet)).toBe(e[`ticks[${i}].liquidity_net`]);
      expect(String(t?.liquidityGross)).toBe(e[`ticks[${i}].liquidity_gross`]);
      expect(String(t?.feeGrowthOutsideA)).toBe(e[`ticks[${i}].fee_growth_outside_a`]);
      expect(String(t?.feeGrowthOutsideB)).toBe(e[`ticks[${i}].fee_growth_outside_b`]);
      [0, 1, 2].forEach((r) => expect(String(t?.rewardGrowthsOutside[r])).toBe(e[`ticks[${i}].reward_growths_outside[${r}]`]));
    }
  });

  it("rejects malformed fixed arrays", () => {
    const good = loadHjpSnapshot().tickArrays[0]?.data ?? Buffer.alloc(0);
    const mutate = (f: (b: Buffer) => void): Buffer => {
      const b = Buffer.from(good);
      f(b);
      return b;
    };
    expectDecodeFailure(() => decodeTickArray(good.subarray(0, 9_987)), /size 9987/);
    expectDecodeFailure(() => decodeTickArray(good.subarray(0, 5)), /too short/);
    expectDecodeFailure(() => decodeTickArray(mutate((b) => (b[7] = 0))), /discriminator/);
    expectDecodeFailure(() => decodeTickArray(mutate((b) => (b[12] = 2))), /not a bool/);
    const at39424 = loadHjpSnapshot().tickArrays.find((a) => a.startTickIndex === -39_424)?.data ?? Buffer.alloc(0);
    expectDecodeFailure(() => decodeTickArray(at39424, { tickSpacing: 128 }), /not a multiple of 88 × 128/);
    expectDecodeFailure(() => decodeTickArray(mutate((b) => b.writeInt32LE(443_700, 8))), /out of range/);
  });
});

describe("decodeTickArray (dynamic layout, synthetic bytes built from the real arrays)", () => {
  it("decodes every re-encoded real array exactly as the SDK's DynamicTickArray parser does", () => {
    const snap = loadHjpSnapshot();
    for (const a of snap.tickArrays) {
      const fixed = decodeTickArray(a.data);
      const bytes = encodeDynamic(fixed);
      const ours = decodeTickArray(bytes, { address: a.pubkey, tickSpacing: 64 });
      expect(ours.layout).toBe("dynamic");
      expect(bytes.length).toBe(60 + 88 + 112 * a.initializedTicks);
      expect(ours.ticks).toEqual(fixed.ticks);
      expectEqualToSdk(ours, a.pubkey, bytes);
    }
  });

  it("rejects malformed dynamic arrays", () => {
    const source = loadHjpSnapshot().tickArrays.find((a) => a.initializedTicks > 1);
    if (source === undefined) throw new Error("fixture missing");
    const good = encodeDynamic(decodeTickArray(source.data));
    const firstInit = decodeTickArray(source.data).ticks.findIndex((t) => t.initialized);
    expectDecodeFailure(() => decodeTickArray(good.subarray(0, good.length - 1)), /truncated|size/);
    expectDecodeFailure(() => decodeTickArray(Buffer.concat([good, Buffer.alloc(1)])), /the ticks end at/);
    expectDecodeFailure(() => decodeTickArray(good.subarray(0, 147)), /size 147/);
    const badBitmap = Buffer.from(good);
    badBitmap[44 + Math.floor(firstInit / 8)] = (badBitmap[44 + Math.floor(firstInit / 8)] ?? 0) ^ (1 << firstInit % 8);
    expectDecodeFailure(() => decodeTickArray(badBitmap), /tick_bitmap/);
    const badTag = Buffer.from(good);
    badTag[60] = 7;
    expectDecodeFailure(() => decodeTickArray(badTag), /variant tag 7/);
  });
});
