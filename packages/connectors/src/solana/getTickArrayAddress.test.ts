import { PDAUtil, TickUtil } from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { loadCzfq, loadHjpSnapshot } from "../../../../tests/support/orcaFixtures";
import { getTickArrayAddress } from "./getTickArrayAddress";
import { getTickArrayStartIndex } from "./getTickArrayStartIndex";
import { WHIRLPOOL_PROGRAM_ID } from "./WHIRLPOOL_PROGRAM_ID";

describe("getTickArrayAddress", () => {
  it("derives the real address of every one of the 39 HJPjoW arrays", () => {
    const snap = loadHjpSnapshot();
    for (const a of snap.tickArrays) expect(getTickArrayAddress(snap.pool.pubkey, a.startTickIndex)).toBe(a.pubkey);
  });

  it("derives the real Czfq arrays (tick spacing 4) and agrees with the SDK's PDAUtil", () => {
    const czfq = loadCzfq();
    for (const a of czfq.tickArrays) expect(getTickArrayAddress(czfq.pool.pubkey, a.data.readInt32LE(8))).toBe(a.pubkey);
    const program = new PublicKey(WHIRLPOOL_PROGRAM_ID);
    for (const s of [0, 352, -352, 443_520]) {
      expect(getTickArrayAddress(czfq.pool.pubkey, s)).toBe(PDAUtil.getTickArray(program, new PublicKey(czfq.pool.pubkey), s).publicKey.toBase58());
    }
  });

  it("rejects an invalid pool address with ARGUMENT_INVALID", () => {
    let thrown: unknown;
    try {
      getTickArrayAddress("not-base58!", 0);
    } catch (e) {
      thrown = e;
    }
    expect(isArbError(thrown, "ARGUMENT_INVALID")).toBe(true);
  });
});

describe("getTickArrayStartIndex", () => {
  it("floors toward negative infinity like the SDK's TickUtil", () => {
    expect(getTickArrayStartIndex(-38_709, 64)).toBe(-39_424);
    expect(getTickArrayStartIndex(-38_709, 64, 1)).toBe(-33_792);
    expect(getTickArrayStartIndex(-38_709, 64, -1)).toBe(-45_056);
    expect(getTickArrayStartIndex(-14_170, 4)).toBe(-14_432);
    let compared = 0;
    for (const spacing of [1, 2, 4, 8, 16, 64, 96, 128, 256, 32_896]) {
      for (const tick of [-443_636, -88, -1, 0, 1, 87, 5_632, 443_636]) {
        for (const offset of [-2, 0, 3]) {
          let sdk: number | undefined;
          try {
            sdk = TickUtil.getStartTickIndex(tick, spacing, offset);
          } catch {
            // The SDK refuses starts beyond the tick range; ours is plain arithmetic there.
            continue;
          }
          expect(getTickArrayStartIndex(tick, spacing, offset)).toBe(sdk);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it("rejects non-integer arguments", () => {
    expect(() => getTickArrayStartIndex(1.5, 64)).toThrow(/tickIndex/);
    expect(() => getTickArrayStartIndex(1, 0)).toThrow(/tickSpacing/);
  });
});
