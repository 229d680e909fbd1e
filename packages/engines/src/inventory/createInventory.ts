import { Dec as Decimal } from "../math/Dec";
import { type AssetSymbol, type Clock, type VenueId, assertIsAssetSymbol, assertIsVenueId } from "@arbkit/core";
import type { InventoryView } from "../signal/InventoryView";
import { type Imbalance, getImbalances } from "./getImbalances";
import { getRebalanceSuggestions } from "./getRebalanceSuggestions";
import type { BalanceChange, BalanceFlow, InitialBalance, InventoryEvent, RebalanceSuggestion, TransferRoute } from "./InventoryTypes";

/** Options of {@link createInventory}. */
export interface InventoryOptions {
  /** The clock (event times, transfer landing). */
  readonly clock: Clock;
  /** Starting balances. */
  readonly balances: readonly InitialBalance[];
  /** A venue's share of an asset may drift this far (a fraction) from an equal split before a suggestion. @default "0.25" */
  readonly rebalanceThreshold?: string;
  /** Transfer fee and time per asset. @default fee 0, 10 minutes */
  readonly transfers?: readonly TransferRoute[];
  /** Receives every balance change. @default ignore */
  readonly onChange?: (event: InventoryEvent) => void;
  /** Receives each new rebalance suggestion. @default ignore */
  readonly onSuggestion?: (suggestion: RebalanceSuggestion) => void;
  /**
   * Asked when suggestions are new: `false` skips building and delivering them (e.g. nobody listens now).
   * What counts as new is tracked either way, so later deliveries are exactly as without it.
   * @default always true
   */
  readonly wantsSuggestions?: () => boolean;
}

/** Paper balances per venue and asset; implements {@link InventoryView} for the signal and risk engines. */
export interface Inventory extends InventoryView {
  /** Increments on every change of any balance (flows, transfers); starts at 0. */
  readonly revision: number;
  /** Applies signed flows atomically and reports them; `cause` names what moved them. */
  applyFlows(flows: readonly BalanceFlow[], cause: string): void;
  /** Every balance, in configuration order. */
  getBalances(): readonly BalanceChange[];
  /** Transfers that would bring each asset back within the threshold now. */
  getRebalanceSuggestions(): readonly RebalanceSuggestion[];
  /** Simulates a transfer: debits `from` now, credits `to` (minus the fee) after the route's delay. */
  startTransfer(suggestion: RebalanceSuggestion): void;
}

/**
 * Creates a paper {@link Inventory}. Balances are exact Decimals; a flow that would overdraw is applied
 * anyway (paper trading reports it; the risk gate then denies further use of that balance).
 * @throws ArbError `IDENTIFIER_INVALID` for a bad venue or asset in `balances`.
 */
export function createInventory(options: InventoryOptions): Inventory {
  const { clock } = options;
  const balances = new Map<string, { venue: VenueId; asset: AssetSymbol; amount: Decimal }>();
  const key = (venue: string, asset: string): string => `${venue}|${asset}`;
  for (const b of options.balances) {
    assertIsVenueId(b.venue);
    assertIsAssetSymbol(b.asset);
    balances.set(key(b.venue, b.asset), { venue: b.venue, asset: b.asset, amount: new Decimal(b.amount) });
  }
  const threshold = new Decimal(options.rebalanceThreshold ?? "0.25");
  const routes = new Map((options.transfers ?? []).map((r) => [r.asset, r]));
  const onSuggestion = options.onSuggestion;
  let lastSuggested = "";
  let transfers = 0;
  let revision = 0;

  const wants = options.wantsSuggestions;
  const imbalances = (): readonly Imbalance[] => getImbalances([...balances.values()], threshold);

  const apply = (flows: readonly BalanceFlow[], cause: string): void => {
    const changes: BalanceChange[] = [];
    for (const f of flows) {
      if (f.delta.isZero()) continue;
      const k = key(f.venue, f.asset);
      const entry = balances.get(k) ?? { venue: f.venue, asset: f.asset, amount: new Decimal(0) };
      entry.amount = entry.amount.add(f.delta);
      balances.set(k, entry);
      changes.push({ venue: f.venue, asset: f.asset, delta: f.delta, balance: entry.amount });
    }
    if (changes.length === 0) return;
    revision++;
    options.onChange?.({ ts: clock.now(), cause, changes });
    // Suggestions are only derived for a listener (read once: options are immutable).
    if (onSuggestion === undefined) return;
    const next = imbalances();
    const fingerprint = next.map((i) => `${i.asset}:${i.high.venue}:${i.low.venue}:${i.amount.toFixed()}`).join(",");
    if (fingerprint !== lastSuggested) {
      lastSuggested = fingerprint;
      if (wants !== undefined && !wants()) return;
      for (const s of getRebalanceSuggestions(next, routes, clock.now())) onSuggestion(s);
    }
  };

  return {
    available: (venue, asset) => balances.get(key(venue, asset))?.amount,
    get revision() {
      return revision;
    },
    applyFlows: apply,
    getBalances: () => [...balances.values()].map((b) => ({ venue: b.venue, asset: b.asset, delta: new Decimal(0), balance: b.amount })),
    getRebalanceSuggestions: () => getRebalanceSuggestions(imbalances(), routes, clock.now()),
    startTransfer(s) {
      const id = `transfer:${s.asset}:${s.from}:${s.to}:${clock.now()}:${++transfers}`;
      apply([{ venue: s.from, asset: s.asset, delta: s.amount.neg() }], id);
      clock.setTimeout(() => apply([{ venue: s.to, asset: s.asset, delta: s.amount.sub(s.estimatedFee) }], id), s.estimatedDelayMs);
    },
  };
}
