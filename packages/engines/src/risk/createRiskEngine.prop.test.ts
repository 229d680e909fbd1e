import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { opportunityFixture } from "../../../../tests/support/opportunityFixture";
import { createRiskEngine } from "./createRiskEngine";
import type { RiskStateEvent } from "./RiskDecision";

const codes = (d: { reasons: readonly { code: string }[] }): string[] => d.reasons.map((r) => r.code);

describe("risk engine limits (property: denials happen exactly at the limits)", () => {
  it("notional: a trade exactly at the limit passes, one cent over is denied", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_00 }), fc.integer({ min: -300, max: 300 }), (limitCents, deltaCents) => {
        const limit = new Decimal(limitCents).div(100);
        const notional = Decimal.max(new Decimal(limitCents + deltaCents).div(100), "0.01");
        const risk = createRiskEngine({ clock: new TestClock(0), limits: { maxPositionNotional: limit.toFixed() } });
        const d = risk.check(opportunityFixture({ size: notional.toFixed(), price: "1" }));
        expect(codes(d).includes("NOTIONAL_LIMIT")).toBe(notional.gt(limit));
      }),
    );
  });

  it("inventory: a CEX buy is denied exactly when the venue's funds hold, not just notional plus fee, exceeds the balance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: -300, max: 300 }), (holdExtraCents, balanceDeltaCents) => {
        // 10 SOL at 20: notional 200, fee 1.2; the hold adds the order's limit tolerance on top.
        const hold = new Decimal(20_120 + holdExtraCents).div(100);
        const usd = Decimal.max(hold.add(new Decimal(balanceDeltaCents).div(100)), 0);
        const balances: Record<string, Decimal> = { "coinbase|USD": usd, "orca|SOL": new Decimal(100) };
        const inventory = { available: (venue: string, asset: string) => balances[`${venue}|${asset}`] };
        const risk = createRiskEngine({ clock: new TestClock(0), inventory });
        const d = risk.check(opportunityFixture({ size: "10", price: "20", fundsHold: hold.toFixed() }));
        expect(codes(d).includes("INVENTORY_USAGE")).toBe(hold.gt(usd));
      }),
    );
  });

  it("staleness: book age, pool age and slot lag deny strictly above their limits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 20 }), (bookAge, poolAge, lag, maxAge, maxLag) => {
        const clock = new TestClock(20_000);
        const risk = createRiskEngine({ clock, limits: { maxBookAgeMs: maxAge, maxPoolAgeMs: maxAge, maxSlotLag: maxLag } });
        risk.observeSlot(1_000 + lag);
        const d = risk.check(opportunityFixture({ cexTsInit: 20_000 - bookAge, poolTsInit: 20_000 - poolAge, poolSlot: 1_000, size: "1" }));
        expect(codes(d).includes("BOOK_STALE")).toBe(bookAge > maxAge);
        expect(codes(d).includes("POOL_STALE")).toBe(poolAge > maxAge);
        expect(codes(d).includes("SLOT_LAG")).toBe(lag > maxLag);
      }),
    );
  });

  it("daily loss: pauses at the first trade that brings the UTC day's PnL to -limit or below, and only then", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30_000, max: 20_000 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 100_000 }), (pnlsCents, limitCents) => {
        const clock = new TestClock(Date.UTC(2026, 0, 1, 12));
        const events: RiskStateEvent[] = [];
        const risk = createRiskEngine({ clock, limits: { dailyLossLimit: new Decimal(limitCents).div(100).toFixed(), maxConsecutiveLosses: 1_000 }, onStateChange: (e) => events.push(e) });
        let sum = 0;
        let trippedAt: number | undefined;
        pnlsCents.forEach((p, i) => {
          sum += p;
          if (trippedAt === undefined && sum <= -limitCents) trippedAt = i;
          risk.closeTrade(new Decimal(p).div(100), `t${i}`);
          const paused = events.some((e) => e.kind === "dailyLoss" && e.action === "paused");
          expect(paused).toBe(trippedAt !== undefined);
        });
        const fresh = () => opportunityFixture({ size: "1", cexTsInit: clock.now(), poolTsInit: clock.now() });
        const d = risk.check(fresh());
        expect(codes(d).includes("DAILY_LOSS_LIMIT")).toBe(trippedAt !== undefined);
        // The counter resets at the next UTC midnight, but the pause holds until a resume.
        clock.advanceTo(Date.UTC(2026, 0, 2));
        expect(risk.getState().dailyPnl.isZero()).toBe(true);
        expect(codes(risk.check(fresh())).includes("DAILY_LOSS_LIMIT")).toBe(trippedAt !== undefined);
        risk.resume("operator", "new day");
        expect(codes(risk.check(fresh()))).toEqual([]);
      }),
    );
  });

  it("consecutive losses: pauses exactly at the k-th loss in a row; a win resets; resume clears", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 6 }), (wins, k) => {
        const events: RiskStateEvent[] = [];
        const risk = createRiskEngine({ clock: new TestClock(0), limits: { maxConsecutiveLosses: k, dailyLossLimit: "1000000" }, onStateChange: (e) => events.push(e) });
        let run = 0;
        let expected = false;
        wins.forEach((win, i) => {
          run = win ? 0 : run + 1;
          if (run >= k) expected = true;
          risk.closeTrade(new Decimal(win ? 1 : -1), `t${i}`);
          expect(risk.getState().pauses.includes("consecutiveLosses")).toBe(expected);
        });
        expect(events.filter((e) => e.kind === "consecutiveLosses").length).toBe(expected ? 1 : 0);
        risk.resume("operator", "checked");
        expect(risk.getState().pauses).toEqual([]);
        expect(risk.getState().consecutiveLosses).toBe(0);
      }),
    );
  });
});
