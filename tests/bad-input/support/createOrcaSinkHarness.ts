import { TestClock, createEventBus, type MarketEvents, type PoolStateEvent, type VenueErrorEvent } from "@arbkit/core";
import { createInMemoryConnectorMetrics, createOrcaConnector, createScenarioRecording, readScenarioAccounts, type InMemoryConnectorMetrics, type OrcaConnector } from "@arbkit/connectors";
import { fixturePath } from "../../support/fixtures";

/** The scenario's pool (the real HJPjoW SOL/USDC Whirlpool bytes). */
export const SCENARIO_POOL = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";

/** An Orca connector brought live through its FrameSink with synthetic-scenario frames. */
export interface OrcaSinkHarness {
  readonly connector: OrcaConnector;
  readonly metrics: InMemoryConnectorMetrics;
  readonly pools: PoolStateEvent[];
  readonly errors: VenueErrorEvent[];
  /** The pool's account subscription id and the latest slot fed. */
  readonly subscription: number;
  readonly slot: number;
  /** The pool account's bytes as last fed. */
  readonly poolData: Buffer;
  /** Feeds one raw inbound frame. */
  ingest(frame: string): void;
  /** The pool instrument's status. */
  status(): string | undefined;
}

/** Builds the harness: feeds a 20 s synthetic scenario's Orca frames until the pool is live. */
export function createLiveOrcaHarness(): OrcaSinkHarness {
  const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
  const scenario = createScenarioRecording({ accounts, seed: 5, durationSeconds: 20 });
  const clock = new TestClock(scenario.header.startedAt * 1000);
  const bus = createEventBus<MarketEvents>();
  const metrics = createInMemoryConnectorMetrics();
  const connector = createOrcaConnector({ bus, clock, metrics, pools: [{ address: SCENARIO_POOL }], endpoints: [] });
  const pools: PoolStateEvent[] = [];
  const errors: VenueErrorEvent[] = [];
  bus.subscribe("pool", (e) => pools.push(e));
  bus.subscribe("error", (e) => errors.push(e));
  let subscription = -1;
  let slot = 0;
  let poolData = Buffer.from(accounts.whirlpool.data);
  let conn = "";
  const ingest = (frame: string): void => {
    clock.advanceBy(5);
    connector.sink.ingest({ recvTs: clock.now() / 1000, venue: "orca", conn, frame });
  };
  for (const f of scenario.frames) {
    if (f.venue !== "orca") continue;
    if (f.dir === "out") continue;
    if (f.recvTs * 1000 > clock.now()) clock.advanceTo(f.recvTs * 1000);
    connector.sink.ingest(f);
    conn = f.conn;
    const msg = JSON.parse(f.frame) as { id?: string; result?: unknown; method?: string; params?: { subscription: number; result: { context?: { slot: number }; slot?: number; value?: { data: [string, string] } } } };
    if (typeof msg.id === "string" && msg.id.startsWith("accountSubscribe/") && msg.id.endsWith(SCENARIO_POOL)) subscription = msg.result as number;
    if (msg.method === "accountNotification" && msg.params?.subscription === subscription && msg.params.result.value !== undefined) {
      poolData = Buffer.from(msg.params.result.value.data[0], "base64");
    }
    if (msg.method === "slotNotification") slot = msg.params?.result.slot ?? slot;
    if (msg.params?.result.context !== undefined) slot = Math.max(slot, msg.params.result.context.slot);
    if (connector.status(`orca:${SCENARIO_POOL}` as never) === "live" && subscription >= 0 && pools.length > 1) break;
  }
  return {
    connector,
    metrics,
    pools,
    errors,
    subscription,
    slot,
    poolData,
    ingest,
    status: () => connector.status(`orca:${SCENARIO_POOL}` as never),
  };
}
