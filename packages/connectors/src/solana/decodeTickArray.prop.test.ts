import { ParsableTickArray } from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeTickArray } from "./decodeTickArray";

const U128 = (1n << 128n) - 1n;
const le = (value: bigint, bytes: number): Buffer => {
  const out = Buffer.alloc(bytes);
  let v = BigInt.asUintN(bytes * 8, value);
  for (let i = 0; i < bytes; i++, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
};

interface GenTick {
  readonly initialized: boolean;
  readonly values: readonly bigint[]; // liquidityNet (i128), gross, feeA, feeB, 3 rewards (u128)
}

const tickArb: fc.Arbitrary<GenTick> = fc.oneof(
  fc.constant({ initialized: false, values: [0n, 0n, 0n, 0n, 0n, 0n, 0n] }),
  fc.record({
    initialized: fc.constant(true),
    values: fc.tuple(fc.bigInt(-(1n << 127n), (1n << 127n) - 1n), ...Array.from({ length: 6 }, () => fc.bigInt(0n, U128))),
  }),
);

const tickData = (t: GenTick): Buffer => Buffer.concat(t.values.map((v) => le(v, 16)));

const encodeFixed = (start: number, whirlpool: Buffer, ticks: readonly GenTick[]): Buffer =>
  Buffer.concat([
    Buffer.from([0x45, 0x61, 0xbd, 0xbe, 0x6e, 0x07, 0x42, 0xbb]),
    le(BigInt(start), 4),
    ...ticks.map((t) => Buffer.concat([Buffer.from([t.initialized ? 1 : 0]), tickData(t)])),
    whirlpool,
  ]);

const encodeDynamic = (start: number, whirlpool: Buffer, ticks: readonly GenTick[]): Buffer => {
  let bitmap = 0n;
  ticks.forEach((t, i) => (bitmap |= t.initialized ? 1n << BigInt(i) : 0n));
  return Buffer.concat([
    Buffer.from([17, 216, 246, 142, 225, 199, 218, 56]),
    le(BigInt(start), 4),
    whirlpool,
    le(bitmap, 16),
    ...ticks.map((t) => (t.initialized ? Buffer.concat([Buffer.from([1]), tickData(t)]) : Buffer.from([0]))),
  ]);
};

describe("decodeTickArray (property, SYNTHETIC random arrays)", () => {
  it("decodes random fixed and dynamic arrays identically, and like the SDK", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_000, max: 5_000 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.array(tickArb, { minLength: 88, maxLength: 88 }), (k, key, ticks) => {
        const start = k * 88;
        const whirlpool = Buffer.from(key);
        const fixedBytes = encodeFixed(start, whirlpool, ticks);
        const dynamicBytes = encodeDynamic(start, whirlpool, ticks);
        const fixed = decodeTickArray(fixedBytes, { tickSpacing: 1 });
        const dynamic = decodeTickArray(dynamicBytes, { tickSpacing: 1 });
        expect(dynamic.ticks).toEqual(fixed.ticks);
        expect([fixed.startTickIndex, fixed.whirlpool]).toEqual([start, new PublicKey(whirlpool).toBase58()]);
        fixed.ticks.forEach((t, i) => {
          const g = ticks[i] as GenTick;
          expect([t.initialized, t.liquidityNet, t.liquidityGross, t.feeGrowthOutsideA, t.feeGrowthOutsideB, ...t.rewardGrowthsOutside]).toEqual([g.initialized, ...g.values]);
        });
        for (const bytes of [fixedBytes, dynamicBytes]) {
          const sdk = ParsableTickArray.parse(PublicKey.default, { data: bytes, owner: PublicKey.default, lamports: 0, executable: false });
          expect(sdk?.ticks.map((t) => [t.initialized, BigInt(t.liquidityNet.toString()), BigInt(t.liquidityGross.toString())])).toEqual(
            fixed.ticks.map((t) => [t.initialized, t.liquidityNet, t.liquidityGross]),
          );
        }
      }),
      { numRuns: Number(process.env.ARBKIT_PROP_RUNS ?? 100) },
    );
  });
});
