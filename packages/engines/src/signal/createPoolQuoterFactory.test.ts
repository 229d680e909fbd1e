import { describe, expect, it } from "vitest";
import { deepFreeze, getSqrtPriceAtTick, type PoolStateEvent } from "@arbkit/core";
import { orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { createPoolQuoterFactory } from "./createPoolQuoterFactory";
import { defaultPoolQuoter } from "./defaultPoolQuoter";

const base = syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 });
/** The same pool at another tick, sharing `base`'s tick-array object (as the Orca connector does). */
const at = (event: PoolStateEvent, tick: number): PoolStateEvent => ({ ...event, state: { ...event.state, tickCurrentIndex: tick, sqrtPrice: getSqrtPriceAtTick(tick) } });
const quotes = (q: ReturnType<typeof defaultPoolQuoter>) => [q.quote(10n ** 9n, true, true), q.quote(10n ** 9n, false, false), q.quoteToSqrtPrice(getSqrtPriceAtTick(tickForPrice(20)))];

describe("createPoolQuoterFactory", () => {
  it("quotes every state of a pool exactly like defaultPoolQuoter while the frozen tick arrays are shared", () => {
    const frozen = deepFreeze(structuredClone(base));
    const factory = createPoolQuoterFactory();
    for (const tick of [tickForPrice(21), tickForPrice(20.5), tickForPrice(21.7)]) {
      const event = at(frozen, tick);
      expect(event.tickArrays).toBe(frozen.tickArrays);
      expect(quotes(factory(event))).toEqual(quotes(defaultPoolQuoter(event)));
    }
  });

  it("hands out one quoter per frozen event (shared by whoever uses the factory), a new one for an event that could change", () => {
    const factory = createPoolQuoterFactory();
    const frozen = deepFreeze(structuredClone(base));
    const q = factory(frozen);
    expect(factory(frozen)).toBe(q);
    expect(quotes(q)).toEqual(quotes(defaultPoolQuoter(frozen)));
    // Same frozen arrays, but the event or its state can still change: never reused.
    const open = { ...frozen };
    expect(factory(open)).not.toBe(factory(open));
    const openState = Object.freeze({ ...frozen, state: { ...frozen.state } });
    expect(factory(openState)).not.toBe(factory(openState));
    expect(quotes(factory(openState))).toEqual(quotes(q));
    // Another factory has its own.
    expect(createPoolQuoterFactory()(frozen)).not.toBe(q);
  });

  it("prepares arrays that are not frozen every time, so an array changed in place is never quoted stale", () => {
    const event = structuredClone(base);
    const factory = createPoolQuoterFactory();
    const before = quotes(factory(event));
    // Double the liquidity between the outer ticks, in place.
    for (const array of event.tickArrays as unknown as { ticks: { liquidityNet: bigint; liquidityGross: bigint }[] }[]) {
      for (const t of array.ticks) {
        t.liquidityNet *= 2n;
        t.liquidityGross *= 2n;
      }
    }
    const doubled = { ...event, state: { ...event.state, liquidity: event.state.liquidity * 2n } };
    expect(quotes(factory(doubled))).toEqual(quotes(defaultPoolQuoter(doubled)));
    expect(quotes(factory(doubled))).not.toEqual(before);
  });
});
