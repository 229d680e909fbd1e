import { Dec as Decimal } from "../math/Dec";
import type { Opportunity } from "../signal/Opportunity";
import { getLegNeeds } from "./getLegNeeds";
import { getUtcDay } from "./getUtcDay";
import type { PauseKind, RiskReason, RiskReasonCode, RiskStateEvent } from "./RiskDecision";
import type { RiskEngine, RiskEngineOptions } from "./RiskEngine";
import { DEFAULT_RISK_LIMITS } from "./RiskLimits";

/** Adds a denial reason (a module function, not a closure per check). */
function fail(reasons: RiskReason[], code: RiskReasonCode, limit: string | number, value: string | number, message: string): void {
  reasons.push({ code, limit: String(limit), value: String(value), message });
}

const PAUSE_REASON: Record<Exclude<PauseKind, "stale">, RiskReasonCode> = {
  manual: "PAUSED_MANUAL",
  dailyLoss: "DAILY_LOSS_LIMIT",
  consecutiveLosses: "CONSECUTIVE_LOSSES",
  kill: "KILL_SWITCH",
};

/**
 * Creates a {@link RiskEngine}. Limits are compared exactly (decimal.js); see {@link RiskLimits} for
 * which side of each limit passes.
 * @example
 * ```ts
 * const risk = createRiskEngine({ clock, limits: { dailyLossLimit: "200" }, onStateChange: console.log });
 * const decision = risk.check(opportunity);
 * if (!decision.approved) console.log(decision.reasons.map((r) => r.code));
 * ```
 */
export function createRiskEngine(options: RiskEngineOptions): RiskEngine {
  const { clock, inventory } = options;
  const limits = { ...DEFAULT_RISK_LIMITS, ...options.limits };
  const maxNotional = new Decimal(limits.maxPositionNotional);
  const maxUsage = new Decimal(limits.maxInventoryUsage);
  const lossLimit = new Decimal(limits.dailyLossLimit);
  const emit = options.onStateChange ?? (() => undefined);
  const pauses = new Set<PauseKind>();
  const stale = new Map<string, string>();
  let day = getUtcDay(clock.now());
  let dailyPnl = new Decimal(0);
  let losses = 0;
  let open = 0;
  let newestSlot = 0;
  // Newest pool slot a trade has used, per pool instrument.
  const usedSlot = new Map<string, number>();

  const change = (action: RiskStateEvent["action"], kind: PauseKind, by: string, reason: string): void => {
    if (action === "resumed" ? !pauses.delete(kind) : pauses.has(kind)) return;
    if (action !== "resumed") pauses.add(kind);
    emit({ ts: clock.now(), action, kind, by, reason });
  };
  const rollDay = (): void => {
    const today = getUtcDay(clock.now());
    if (today !== day) {
      day = today;
      dailyPnl = new Decimal(0);
    }
  };
  const lossFloor = lossLimit.neg();
  // −dailyPnl ≥ limit, without a Decimal allocation per check.
  const lossTripped = (): boolean => dailyPnl.lte(lossFloor);

  return {
    check(op: Opportunity, cause = op.id) {
      rollDay();
      const now = clock.now();
      const reasons: RiskReason[] = [];
      if (lossTripped()) change("paused", "dailyLoss", "risk", `daily PnL ${dailyPnl.toFixed()} reached -${lossLimit.toFixed()}`);
      for (const kind of pauses) {
        if (kind !== "stale") fail(reasons, PAUSE_REASON[kind], "-", "-", `trading is paused (${kind})`);
      }
      if (stale.size > 0) {
        for (const source of [op.cexLeg.instrument, op.poolLeg.instrument]) {
          const why = stale.get(source);
          if (why !== undefined) fail(reasons, "DATA_STALE", "fresh", "stale", why);
        }
      }
      const bookAge = now - op.inputs.cexTsInit;
      if (bookAge > limits.maxBookAgeMs) fail(reasons, "BOOK_STALE", limits.maxBookAgeMs, bookAge, `CEX book is ${bookAge} ms old`);
      const poolAge = now - op.inputs.poolTsInit;
      if (poolAge > limits.maxPoolAgeMs) fail(reasons, "POOL_STALE", limits.maxPoolAgeMs, poolAge, `pool state is ${poolAge} ms old`);
      const lag = Math.max(0, newestSlot - op.inputs.poolSlot);
      if (lag > limits.maxSlotLag) fail(reasons, "SLOT_LAG", limits.maxSlotLag, lag, `pool state lags ${lag} slots`);
      const used = usedSlot.get(op.poolLeg.instrument);
      if (used !== undefined && op.poolLeg.slot <= used) {
        fail(reasons, "POOL_STATE_USED", used, op.poolLeg.slot, `a trade already used ${op.poolLeg.instrument} at slot ${used}`);
      }
      if (op.cexLeg.notional.gt(maxNotional)) {
        fail(reasons, "NOTIONAL_LIMIT", maxNotional.toFixed(), op.cexLeg.notional.toFixed(), "notional over the limit");
      }
      if (open >= limits.maxOpenTrades) fail(reasons, "OPEN_TRADES", limits.maxOpenTrades, open, "too many trades in flight");
      // Without an inventory nothing is tracked: skip building the needs.
      for (const need of inventory === undefined ? [] : getLegNeeds(op)) {
        const available = inventory?.available(need.venue, need.asset);
        if (available === undefined) continue;
        if (need.amount.gt(available.mul(maxUsage))) {
          const usage = available.isZero() ? "Infinity" : need.amount.div(available).toFixed();
          fail(reasons, "INVENTORY_USAGE", maxUsage.toFixed(), usage, `${need.amount.toFixed()} ${need.asset} needed at ${need.venue}, ${available.toFixed()} available`);
        }
      }
      return Object.freeze({ id: `risk:${op.id}`, opportunityId: op.id, cause, tsDecision: now, approved: reasons.length === 0, reasons: Object.freeze(reasons) });
    },
    openTrade(op) {
      open++;
      usedSlot.set(op.poolLeg.instrument, Math.max(op.poolLeg.slot, usedSlot.get(op.poolLeg.instrument) ?? 0));
    },
    closeTrade(pnl, tradeId) {
      rollDay();
      open = Math.max(0, open - 1);
      dailyPnl = dailyPnl.add(pnl);
      losses = pnl.isNegative() && !pnl.isZero() ? losses + 1 : 0;
      if (losses >= limits.maxConsecutiveLosses) change("paused", "consecutiveLosses", `trade ${tradeId}`, `${losses} losing trades in a row`);
      if (lossTripped()) change("paused", "dailyLoss", `trade ${tradeId}`, `daily PnL ${dailyPnl.toFixed()} reached -${lossLimit.toFixed()}`);
    },
    observeSlot(slot) {
      if (slot > newestSlot) newestSlot = slot;
    },
    observeFreshness(source, isStale, reason) {
      // Each source pauses and resumes on its own; a stale input blocks only the trades that use it.
      if (isStale === stale.has(source)) return;
      if (isStale) stale.set(source, reason);
      else stale.delete(source);
      emit({ ts: clock.now(), action: isStale ? "paused" : "resumed", kind: "stale", by: source, reason });
    },
    pause(by, reason) {
      change("paused", "manual", by, reason);
    },
    resume(by, reason) {
      for (const kind of ["manual", "dailyLoss", "consecutiveLosses"] as const) change("resumed", kind, by, reason);
      losses = 0;
    },
    kill(by, reason) {
      if (pauses.has("kill")) return;
      pauses.add("kill");
      emit({ ts: clock.now(), action: "killed", kind: "kill", by, reason });
    },
    getState() {
      rollDay();
      return {
        pauses: stale.size > 0 ? [...pauses, "stale"] : [...pauses],
        staleSources: [...stale.keys()],
        dailyPnl,
        consecutiveLosses: losses,
        openTrades: open,
        newestSlot,
      };
    },
  };
}
