import { ParsableWhirlpool } from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { load2022Accounts, loadCzfq, loadExpectedDecodedValues, loadHjpSnapshot, type OrcaFixtureAccount } from "../../../../tests/support/orcaFixtures";
import { decodeWhirlpool } from "./decodeWhirlpool";

const sdkParse = (a: OrcaFixtureAccount) => {
  const parsed = ParsableWhirlpool.parse(new PublicKey(a.pubkey), { data: a.data, owner: new PublicKey(a.owner), lamports: 0, executable: false });
  if (parsed === null) throw new Error("SDK could not parse");
  return parsed;
};

const expectDecodeFailure = (fn: () => unknown, reason: RegExp): void => {
  try {
    fn();
  } catch (error) {
    expect(isArbError(error, "ACCOUNT_DECODE_FAILED")).toBe(true);
    if (isArbError(error, "ACCOUNT_DECODE_FAILED")) expect(error.context.reason).toMatch(reason);
    return;
  }
  throw new Error("expected ACCOUNT_DECODE_FAILED");
};

const real = (): OrcaFixtureAccount[] => {
  const accounts2022 = load2022Accounts();
  return [
    loadHjpSnapshot().pool,
    loadCzfq().pool,
    ...[...accounts2022].filter(([name]) => name.includes("_wp_whirlpool.")).map(([, a]) => a),
  ];
};

describe("decodeWhirlpool", () => {
  it("matches the independent oracle for HJPjoW on 2022-08-06", () => {
    const [, oracle] = Object.entries(loadExpectedDecodedValues()).find(([k]) => k.startsWith("sol_usdc_wp_whirlpool")) ?? [];
    const account = load2022Accounts().get("sol_usdc_wp_whirlpool.HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ.json");
    if (oracle === undefined || account === undefined) throw new Error("fixture missing");
    const e = oracle.expected;
    const p = decodeWhirlpool(account.data, account.pubkey);
    expect(p.address).toBe(e.pubkey);
    expect(p.whirlpoolsConfig).toBe(e.whirlpools_config);
    expect(`[${p.whirlpoolBump}]`).toBe(e.whirlpool_bump);
    expect(String(p.state.tickSpacing)).toBe(e.tick_spacing);
    expect(`[${p.feeTierIndex & 0xff}, ${p.feeTierIndex >> 8}]`).toBe(e.tick_spacing_seed);
    expect(String(p.state.feeRate)).toBe(e.fee_rate);
    expect(String(p.state.protocolFeeRate)).toBe(e.protocol_fee_rate);
    expect(String(p.state.liquidity)).toBe(e.liquidity);
    expect(String(p.state.sqrtPrice)).toBe(e.sqrt_price);
    expect(String(p.state.tickCurrentIndex)).toBe(e.tick_current_index);
    expect(String(p.protocolFeeOwedA)).toBe(e.protocol_fee_owed_a);
    expect(String(p.protocolFeeOwedB)).toBe(e.protocol_fee_owed_b);
    expect(p.tokenMintA).toBe(e.token_mint_a);
    expect(p.tokenVaultA).toBe(e.token_vault_a);
    expect(String(p.feeGrowthGlobalA)).toBe(e.fee_growth_global_a);
    expect(p.tokenMintB).toBe(e.token_mint_b);
    expect(p.tokenVaultB).toBe(e.token_vault_b);
    expect(String(p.feeGrowthGlobalB)).toBe(e.fee_growth_global_b);
    expect(String(p.rewardLastUpdatedTimestamp)).toBe(e.reward_last_updated_timestamp);
    p.rewardInfos.forEach((r, i) => {
      expect(r.mint).toBe(e[`reward_infos[${i}].mint`]);
      expect(r.vault).toBe(e[`reward_infos[${i}].vault`]);
      expect(r.extension).toBe(e[`reward_infos[${i}].authority`]);
      expect(String(r.emissionsPerSecondX64)).toBe(e[`reward_infos[${i}].emissions_per_second_x64`]);
      expect(String(r.growthGlobalX64)).toBe(e[`reward_infos[${i}].growth_global_x64`]);
    });
    expect(p.usesAdaptiveFee).toBe(false);
  });

  it("equals @orca-so/whirlpools-sdk's ParsableWhirlpool on every real Whirlpool fixture", () => {
    const accounts = real();
    expect(accounts.length).toBe(4);
    for (const a of accounts) {
      const ours = decodeWhirlpool(a.data, a.pubkey);
      const sdk = sdkParse(a);
      expect(ours.whirlpoolsConfig).toBe(sdk.whirlpoolsConfig.toBase58());
      expect(ours.whirlpoolBump).toBe(sdk.whirlpoolBump[0]);
      expect(ours.state.tickSpacing).toBe(sdk.tickSpacing);
      expect(ours.feeTierIndex).toBe((sdk.feeTierIndexSeed[0] ?? 0) + 256 * (sdk.feeTierIndexSeed[1] ?? 0));
      expect(ours.state.feeRate).toBe(sdk.feeRate);
      expect(ours.state.protocolFeeRate).toBe(sdk.protocolFeeRate);
      expect(ours.state.liquidity).toBe(BigInt(sdk.liquidity.toString()));
      expect(ours.state.sqrtPrice).toBe(BigInt(sdk.sqrtPrice.toString()));
      expect(ours.state.tickCurrentIndex).toBe(sdk.tickCurrentIndex);
      expect(ours.protocolFeeOwedA).toBe(BigInt(sdk.protocolFeeOwedA.toString()));
      expect(ours.protocolFeeOwedB).toBe(BigInt(sdk.protocolFeeOwedB.toString()));
      expect(ours.tokenMintA).toBe(sdk.tokenMintA.toBase58());
      expect(ours.tokenVaultA).toBe(sdk.tokenVaultA.toBase58());
      expect(ours.feeGrowthGlobalA).toBe(BigInt(sdk.feeGrowthGlobalA.toString()));
      expect(ours.tokenMintB).toBe(sdk.tokenMintB.toBase58());
      expect(ours.tokenVaultB).toBe(sdk.tokenVaultB.toBase58());
      expect(ours.feeGrowthGlobalB).toBe(BigInt(sdk.feeGrowthGlobalB.toString()));
      expect(ours.rewardLastUpdatedTimestamp).toBe(BigInt(sdk.rewardLastUpdatedTimestamp.toString()));
      sdk.rewardInfos.forEach((r, i) => {
        const o = ours.rewardInfos[i];
        expect(o?.mint).toBe(r.mint.toBase58());
        expect(o?.vault).toBe(r.vault.toBase58());
        expect(o?.extension).toBe(new PublicKey(Uint8Array.from(r.extension)).toBase58());
        expect(o?.emissionsPerSecondX64).toBe(BigInt(r.emissionsPerSecondX64.toString()));
        expect(o?.growthGlobalX64).toBe(BigInt(r.growthGlobalX64.toString()));
      });
    }
  });

  it("matches the fixture README's documented values of the slot-185759999 snapshot", () => {
    const p = decodeWhirlpool(loadHjpSnapshot().pool.data);
    expect(p.state).toEqual({ tickSpacing: 64, feeRate: 3000, protocolFeeRate: p.state.protocolFeeRate, liquidity: 15809268854015n, sqrtPrice: 2663341003414134411n, tickCurrentIndex: -38709 });
    expect(Object.isFrozen(p) && Object.isFrozen(p.state)).toBe(true);
  });

  it("flags an adaptive-fee pool (fee tier index ≠ tick spacing)", () => {
    const bytes = Buffer.from(loadCzfq().pool.data);
    bytes.writeUInt16LE(1028, 43);
    const p = decodeWhirlpool(bytes);
    expect(p.feeTierIndex).toBe(1028);
    expect(p.usesAdaptiveFee).toBe(true);
  });

  it("rejects malformed bytes with ACCOUNT_DECODE_FAILED", () => {
    const good = loadHjpSnapshot().pool.data;
    const mutate = (f: (b: Buffer) => void): Buffer => {
      const b = Buffer.from(good);
      f(b);
      return b;
    };
    expectDecodeFailure(() => decodeWhirlpool(good.subarray(0, 652), "x"), /size 652/);
    expectDecodeFailure(() => decodeWhirlpool(Buffer.concat([good, Buffer.alloc(1)])), /size 654/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => (b[0] = 0))), /discriminator/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => b.writeUInt16LE(0, 41))), /tick spacing 0/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => b.writeInt32LE(443_637, 81))), /current tick/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => b.fill(0, 65, 81))), /sqrt price/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => b.fill(0xff, 65, 81))), /sqrt price/);
    expectDecodeFailure(() => decodeWhirlpool(mutate((b) => b.writeUInt16LE(10_001, 47))), /protocol fee/);
  });
});
