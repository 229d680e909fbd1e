import { createAsset, createInstrument, type Instrument } from "@arbkit/core";
import type { ArbPair } from "@arbkit/engines";
import type { ArbConfig, ArbPairConfig } from "./ArbConfig";

/** The pool instrument of a configured pair (`orca:<address>`, base/quote as configured). */
export function toPoolInstrument(pair: ArbPairConfig): Instrument {
  const base = createAsset(pair.base.symbol, pair.base.decimals);
  const quote = createAsset(pair.pool.quote, pair.pool.quoteDecimals);
  return createInstrument({
    venue: "orca",
    venueSymbol: pair.pool.address,
    base,
    quote,
    priceIncrement: `0.${"0".repeat(Math.max(0, pair.pool.quoteDecimals - 1))}1`,
    sizeIncrement: `0.${"0".repeat(Math.max(0, pair.base.decimals - 1))}1`,
  });
}

const bpsToRate = (bps: string): string => {
  // bps / 10 000 as an exact decimal string: shift the decimal point four places left.
  const [whole = "0", fraction = ""] = bps.split(".");
  const digits = `${whole.padStart(5, "0")}${fraction}`;
  const point = digits.length - 4 - fraction.length;
  const rate = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/^0+(?=\d)/, "").replace(/\.?0+$/, "");
  return rate === "" ? "0" : rate;
};

/**
 * Maps the configured pairs to the engines' {@link ArbPair}s: instruments from the venues' symbols and
 * increments, the taker fee of each CEX venue (bps in the config, a fraction for the engine). Only enabled
 * venues take part.
 *
 * @throws ArbError `IDENTIFIER_INVALID` for an asset or symbol the core identifiers refuse.
 */
export function toArbPairs(config: ArbConfig): ArbPair[] {
  return config.pairs.map((pair) => {
    const base = createAsset(pair.base.symbol, pair.base.decimals);
    const cex = pair.cex
      .filter((c) => config.venues[c.venue].enabled)
      .map((c) => ({
        instrument: createInstrument({
          venue: c.venue,
          venueSymbol: c.symbol,
          base,
          quote: createAsset(c.quote, c.quoteDecimals),
          priceIncrement: c.priceIncrement,
          sizeIncrement: c.sizeIncrement,
        }),
        takerFeeRate: bpsToRate(config.venues[c.venue].takerFeeBps),
      }));
    return {
      id: pair.id,
      cex,
      pool: { instrument: toPoolInstrument(pair), baseToken: pair.pool.baseToken },
      maxSize: pair.maxSize,
      ...(pair.minSize === undefined ? {} : { minSize: pair.minSize }),
    };
  });
}
