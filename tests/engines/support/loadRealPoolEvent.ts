import { ParsableTickArray, ParsableWhirlpool } from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import type { Instrument, PoolStateEvent, TickArrayState, WhirlpoolState } from "@arbkit/core";
import { loadHjpSnapshot } from "../../support/orcaFixtures";

const info = (data: Buffer, owner: string) => ({ data, owner: new PublicKey(owner), lamports: 0, executable: false });

/**
 * The real HJPjoW SOL/USDC Whirlpool (tick spacing 64, slot 185,759,999, ~20.85 USDC/SOL) with all 39
 * tick arrays, decoded by `@orca-so/whirlpools-sdk`'s own parsers, as a core `PoolStateEvent`.
 */
export function loadRealPoolEvent(instrument: Instrument, tsInit: number): PoolStateEvent {
  const snap = loadHjpSnapshot();
  const pool = ParsableWhirlpool.parse(new PublicKey(snap.pool.pubkey), info(snap.pool.data, snap.pool.owner));
  if (pool === null) throw new Error("fixture Whirlpool did not parse");
  const state: WhirlpoolState = {
    tickSpacing: pool.tickSpacing,
    feeRate: pool.feeRate,
    protocolFeeRate: pool.protocolFeeRate,
    liquidity: BigInt(pool.liquidity.toString()),
    sqrtPrice: BigInt(pool.sqrtPrice.toString()),
    tickCurrentIndex: pool.tickCurrentIndex,
  };
  const tickArrays: TickArrayState[] = snap.tickArrays
    .map((a) => {
      const ta = ParsableTickArray.parse(new PublicKey(a.pubkey), info(a.data, a.owner));
      if (ta === null) throw new Error(`tick array ${a.pubkey} did not parse`);
      return {
        startTickIndex: ta.startTickIndex,
        ticks: ta.ticks.map((t) => ({
          initialized: t.initialized,
          liquidityNet: BigInt(t.liquidityNet.toString()),
          liquidityGross: BigInt(t.liquidityGross.toString()),
        })),
      };
    })
    .sort((a, b) => a.startTickIndex - b.startTickIndex);
  return {
    venue: instrument.venue,
    instrument: instrument.id,
    pool: snap.pool.pubkey,
    tokenMintA: pool.tokenMintA.toBase58(),
    tokenMintB: pool.tokenMintB.toBase58(),
    decimalsA: 9,
    decimalsB: 6,
    state,
    tickArrays,
    slot: snap.slot,
    tsEvent: tsInit,
    tsInit,
  };
}
