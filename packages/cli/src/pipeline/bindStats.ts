import { parseDecimal, type Unsubscribe } from "@arbkit/core";
import type { ArbitrageEngine } from "@arbkit/engines";
import { pushPoint, type RunStats } from "./createRunStats";

type Decimal = ReturnType<typeof parseDecimal>;

/** A running sum: its exact value and the decimal string last written for it. */
interface RunningSum {
  text: string;
  value: Decimal;
}

/** Accumulates engine events into {@link RunStats} (counts, exact PnL sums, shortfall, chart series). */
export function bindStats(stats: RunStats, engine: ArbitrageEngine): Unsubscribe {
  const e = engine.events;
  // Each sum is kept as a Decimal, so a trade adds to it without parsing both strings again (what
  // addDecimal does). The result is the same Decimal, hence the same string: parsing a toFixed() string
  // gives back the value it came from (only a zero's sign is lost, and adding a zero of either sign leaves
  // a sum unchanged). A string changed by anyone else is parsed again.
  const sums = new Map<string, RunningSum>();
  const add = (key: string, current: string, amount: Decimal): string => {
    // addDecimal parsed amount.toFixed(), which refuses NaN and infinities: so does this.
    if (!amount.isFinite()) parseDecimal(amount.toFixed(), { allowNegative: true });
    let sum = sums.get(key);
    if (sum === undefined || sum.text !== current) sums.set(key, (sum = { text: current, value: parseDecimal(current, { allowNegative: true }) }));
    sum.value = sum.value.plus(amount);
    sum.text = sum.value.toFixed();
    return sum.text;
  };
  let cumulative = "0";
  const offs = [
    e.subscribe("opportunity", (op) => {
      stats.opportunities++;
      stats.opportunitiesByDirection[op.direction] = (stats.opportunitiesByDirection[op.direction] ?? 0) + 1;
      pushPoint((stats.edgeSeries[op.direction] ??= []), { ts: op.tsDecision, value: op.edgeBps.toNumber() });
      stats.lastOpportunityTs = op.tsDecision;
    }),
    e.subscribe("riskDecision", (d) => {
      if (d.approved) stats.riskApproved++;
      else {
        stats.riskDenied++;
        for (const r of d.reasons) stats.denialReasons[r.code] = (stats.denialReasons[r.code] ?? 0) + 1;
      }
    }),
    e.subscribe("trade", (t) => {
      stats.trades++;
      if (t.realizedPnl.gt(0)) stats.wins++;
      else stats.losses++;
      stats.realizedPnl = add("realizedPnl", stats.realizedPnl, t.realizedPnl);
      stats.expectedPnl = add("expectedPnl", stats.expectedPnl, t.expectedPnl);
      for (const f of t.cashFlows) if (f.kind === "fee") stats.fees = add("fees", stats.fees, f.value.neg());
      for (const [k, v] of Object.entries(t.shortfall)) stats.shortfall[k] = add(`shortfall:${k}`, stats.shortfall[k] ?? "0", v as Decimal);
      cumulative = add("cumulative", cumulative, t.realizedPnl);
      pushPoint(stats.pnlSeries, { ts: t.tsEnd, value: Number(cumulative) });
    }),
    e.subscribe("legFailure", () => {
      stats.legFailures++;
    }),
    e.subscribe("inventory", (ev) => {
      for (const c of ev.changes) pushPoint((stats.inventorySeries[`${c.venue}:${c.asset}`] ??= []), { ts: ev.ts, value: c.balance.toNumber() });
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
