// Test-only adapter: runs @orca-so/whirlpools-sdk 0.22.0's swapQuoteWithParams on our state types,
// so differential tests and the P2 bench compare both implementations on identical inputs.
import anchor from "@coral-xyz/anchor";
import {
  NO_TOKEN_EXTENSION_CONTEXT,
  ParsableTickArray,
  ParsableWhirlpool,
  type TickArrayData,
  swapQuoteWithParams,
  TICK_ARRAY_SIZE,
  type SwapQuoteParam,
  type TickArray,
  type TickData,
  type WhirlpoolData,
} from "@orca-so/whirlpools-sdk";
import { PublicKey } from "@solana/web3.js";
import type { TickArrayState, WhirlpoolState } from "@arbkit/core";

// anchor is CommonJS: its BN is only reachable through the default export under Node ESM.
const { BN } = anchor;
type BN = InstanceType<typeof BN>;

const ZERO = new BN(0);
const U64_MAX = new BN("18446744073709551615");
type Slippage = Parameters<typeof swapQuoteWithParams>[1];

/** A slippage tolerance as the SDK reads it (`numerator / denominator`), without importing common-sdk. */
export function sdkSlippage(numerator: number, denominator: number): Slippage {
  return { numerator: new BN(numerator), denominator: new BN(denominator) } as unknown as Slippage;
}

const SLIPPAGE = sdkSlippage(0, 100);

/** The SDK's outcome: figures on success, or the SDK error code (or message) on a throw. */
export type SdkOutcome =
  | {
      readonly ok: true;
      readonly amountIn: bigint;
      readonly amountOut: bigint;
      readonly fee: bigint;
      readonly endSqrtPrice: bigint;
      readonly endTickIndex: number;
    }
  | { readonly ok: false; readonly error: string };

function bn(value: bigint): BN {
  return new BN(value.toString());
}

/** A WhirlpoolData with the fields the quote reads; `feeTierIndexSeed` = tick spacing (static fee). */
export function toSdkWhirlpool(pool: WhirlpoolState): WhirlpoolData {
  const seed = pool.tickSpacing;
  return {
    whirlpoolsConfig: PublicKey.default,
    whirlpoolBump: [255],
    feeRate: pool.feeRate,
    protocolFeeRate: pool.protocolFeeRate,
    liquidity: bn(pool.liquidity),
    sqrtPrice: bn(pool.sqrtPrice),
    tickCurrentIndex: pool.tickCurrentIndex,
    protocolFeeOwedA: ZERO,
    protocolFeeOwedB: ZERO,
    tokenMintA: PublicKey.default,
    tokenVaultA: PublicKey.default,
    feeGrowthGlobalA: ZERO,
    tokenMintB: PublicKey.default,
    tokenVaultB: PublicKey.default,
    feeGrowthGlobalB: ZERO,
    rewardLastUpdatedTimestamp: ZERO,
    rewardInfos: [],
    tickSpacing: pool.tickSpacing,
    feeTierIndexSeed: [seed & 0xff, seed >> 8],
  };
}

const EMPTY_TICK: TickData = {
  initialized: false,
  liquidityNet: ZERO,
  liquidityGross: ZERO,
  feeGrowthOutsideA: ZERO,
  feeGrowthOutsideB: ZERO,
  rewardGrowthsOutside: [ZERO, ZERO, ZERO],
};

/** SDK TickArray objects in the given order (the SDK wants them in swap-sequence order). */
export function toSdkTickArrays(arrays: readonly TickArrayState[]): TickArray[] {
  return arrays.map((array) => ({
    address: PublicKey.default,
    startTickIndex: array.startTickIndex,
    data: {
      whirlpool: PublicKey.default,
      startTickIndex: array.startTickIndex,
      ticks: array.ticks.map((t) =>
        t.initialized
          ? { ...EMPTY_TICK, initialized: true, liquidityNet: bn(t.liquidityNet), liquidityGross: bn(t.liquidityGross) }
          : EMPTY_TICK,
      ),
    },
  }));
}

/** Orders arrays the way the SDK walks them for a direction (a→b descending, b→a ascending). */
export function sdkSequence(arrays: readonly TickArrayState[], aToB: boolean): TickArrayState[] {
  return [...arrays].sort((x, y) => (aToB ? y.startTickIndex - x.startTickIndex : x.startTickIndex - y.startTickIndex));
}

/** Builds the parameters once (the bench times only the quote call). */
export function buildSdkParams(
  whirlpoolData: WhirlpoolData,
  tickArrays: TickArray[],
  request: { aToB: boolean; exactIn: boolean; amount: bigint; sqrtPriceLimit?: bigint },
): SwapQuoteParam {
  return {
    whirlpoolData,
    tokenAmount: bn(request.amount),
    otherAmountThreshold: request.exactIn ? ZERO : U64_MAX,
    sqrtPriceLimit: bn(
      request.sqrtPriceLimit ?? (request.aToB ? 4295048016n : 79226673515401279992447579055n),
    ),
    aToB: request.aToB,
    amountSpecifiedIsInput: request.exactIn,
    tickArrays,
    oracleData: null,
    tokenExtensionCtx: NO_TOKEN_EXTENSION_CONTEXT,
    timestampInSeconds: ZERO,
  };
}

/** Runs swapQuoteWithParams with zero slippage. */
export function runSdkQuote(params: SwapQuoteParam): SdkOutcome {
  try {
    const q = swapQuoteWithParams(params, SLIPPAGE);
    return {
      ok: true,
      amountIn: BigInt(q.estimatedAmountIn.toString()),
      amountOut: BigInt(q.estimatedAmountOut.toString()),
      fee: BigInt(q.estimatedFeeAmount.toString()),
      endSqrtPrice: BigInt(q.estimatedEndSqrtPrice.toString()),
      endTickIndex: q.estimatedEndTickIndex,
    };
  } catch (error) {
    const code = (error as { errorCode?: string }).errorCode;
    return { ok: false, error: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}

/** Convenience: quote our state types with the SDK, arrays in sequence order for the direction. */
export function sdkQuote(
  pool: WhirlpoolState,
  arrays: readonly TickArrayState[],
  request: { aToB: boolean; exactIn: boolean; amount: bigint; sqrtPriceLimit?: bigint },
): SdkOutcome {
  return runSdkQuote(buildSdkParams(toSdkWhirlpool(pool), toSdkTickArrays(sdkSequence(arrays, request.aToB)), request));
}

/** The SDK's tick array size, re-exported so tests can assert it equals ours. */
export const SDK_TICK_ARRAY_SIZE = TICK_ARRAY_SIZE;

/** Our input types from the SDK's decoded Whirlpool (the test-side stand-in for our decoders). */
export function fromSdkWhirlpool(data: WhirlpoolData): WhirlpoolState {
  return {
    tickSpacing: data.tickSpacing,
    feeRate: data.feeRate,
    protocolFeeRate: data.protocolFeeRate,
    liquidity: BigInt(data.liquidity.toString()),
    sqrtPrice: BigInt(data.sqrtPrice.toString()),
    tickCurrentIndex: data.tickCurrentIndex,
  };
}

/** Our tick array type from the SDK's decoded TickArray. */
export function fromSdkTickArray(data: TickArrayData): TickArrayState {
  return {
    startTickIndex: data.startTickIndex,
    ticks: data.ticks.map((t) => ({
      initialized: t.initialized,
      liquidityNet: BigInt(t.liquidityNet.toString()),
      liquidityGross: BigInt(t.liquidityGross.toString()),
    })),
  };
}

function accountInfo(base64: string): { data: Buffer; executable: boolean; lamports: number; owner: PublicKey } {
  return { data: Buffer.from(base64, "base64"), executable: false, lamports: 0, owner: PublicKey.default };
}

/** Decodes Whirlpool account bytes (base64) with the SDK's own parser; throws if it does not parse. */
export function parseSdkWhirlpool(base64: string): WhirlpoolData {
  const parsed = ParsableWhirlpool.parse(PublicKey.default, accountInfo(base64));
  if (parsed === null) throw new Error("ParsableWhirlpool could not parse the account");
  return parsed;
}

/** Decodes TickArray account bytes (base64) with the SDK's own parser; throws if it does not parse. */
export function parseSdkTickArray(base64: string): TickArrayData {
  const parsed = ParsableTickArray.parse(PublicKey.default, accountInfo(base64));
  if (parsed === null) throw new Error("ParsableTickArray could not parse the account");
  return parsed;
}
