import { createEventBus, TestClock } from "@arbkit/core";
import type { EventBus, MarketEvents, PoolStateEvent, SolanaCostEvent, StatusEvent, VenueErrorEvent } from "@arbkit/core";
import { createOrcaConnector, type OrcaConnector, type OrcaConnectorOptions, type RecordedFrame } from "@arbkit/connectors";
import { createFakeSolanaRpc, type FakeAccount, type FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { load2022Accounts, loadHjpSnapshot } from "../support/orcaFixtures";

/** The real SOL/USDC HJPjoW pool, its 39 tick arrays and the SOL and USDC mint accounts. */
export function hjpAccounts(): Map<string, FakeAccount> {
  const snap = loadHjpSnapshot();
  const accounts = new Map<string, FakeAccount>();
  for (const a of [snap.pool, ...snap.tickArrays]) accounts.set(a.pubkey, { owner: a.owner, data: a.data });
  for (const [name, a] of load2022Accounts()) if (name.startsWith("token_")) accounts.set(a.pubkey, { owner: a.owner, data: a.data });
  return accounts;
}

/** Everything a connector test observes. */
export interface OrcaHarness {
  readonly bus: EventBus<MarketEvents>;
  readonly clock: TestClock;
  readonly pools: PoolStateEvent[];
  readonly costs: SolanaCostEvent[];
  readonly statuses: StatusEvent[];
  readonly errors: VenueErrorEvent[];
  readonly frames: RecordedFrame[];
  readonly connector: OrcaConnector;
}

export const HJP = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";
export const START_MS = 1_700_000_000_000;

/** Builds a connector over a fresh bus and TestClock, recording every frame and event. */
export function createHarness(overrides: Partial<OrcaConnectorOptions> & Pick<OrcaConnectorOptions, "endpoints">): OrcaHarness {
  const bus = createEventBus<MarketEvents>();
  const clock = new TestClock(START_MS);
  const h = { bus, clock, pools: [] as PoolStateEvent[], costs: [] as SolanaCostEvent[], statuses: [] as StatusEvent[], errors: [] as VenueErrorEvent[], frames: [] as RecordedFrame[] };
  bus.subscribe("pool", (e) => h.pools.push(e));
  bus.subscribe("solanaCost", (e) => h.costs.push(e));
  bus.subscribe("status", (e) => h.statuses.push(e));
  bus.subscribe("error", (e) => h.errors.push(e));
  const connector = createOrcaConnector({
    bus,
    clock,
    pools: [{ address: HJP }],
    recorder: { write: (f) => h.frames.push(f) },
    failoverBackoff: { jitter: 0 },
    ...overrides,
  });
  return { ...h, connector };
}

/** Polls (real time) until `check` is true; fails with `what` after 15 s. */
export async function waitFor(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 1_500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The instrument's latest status. */
export const statusOf = (h: OrcaHarness, instrument = `orca:${HJP}`): string | undefined =>
  h.statuses.filter((s) => s.instrument === instrument).at(-1)?.status;

/** The reason of the instrument's latest status change. */
export const reasonOf = (h: OrcaHarness, instrument = `orca:${HJP}`): string =>
  h.statuses.filter((s) => s.instrument === instrument).at(-1)?.reason ?? "";

/** Starts a fake serving the HJPjoW accounts. */
export const startFake = (): Promise<FakeSolanaRpc> => createFakeSolanaRpc(hjpAccounts(), 185_760_000);

/** SYNTHETIC: the real pool bytes with the price moved to `tick` (sqrt price set to that tick's). */
export function movedPool(data: Buffer, tick: number, sqrtPrice: bigint): Buffer {
  const out = Buffer.from(data);
  out.writeInt32LE(tick, 81);
  out.writeBigUInt64LE(sqrtPrice & ((1n << 64n) - 1n), 65);
  out.writeBigUInt64LE(sqrtPrice >> 64n, 73);
  return out;
}

/** JSON of anything (bigints as strings), to search output for secrets. */
export const dump = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v instanceof Error ? { message: v.message, stack: v.stack, cause: v.cause } : v));
