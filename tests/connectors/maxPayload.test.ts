import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClock, createEventBus, isArbError, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createCoinbaseConnector } from "@arbkit/connectors";
import { startFakeCoinbaseVenue, type FakeCoinbaseVenue } from "../fakes/startFakeCoinbaseVenue";
import { waitFor } from "../support/waitFor";

describe("the socket payload limit reaches the socket (ccxt #23597)", () => {
  let fake: FakeCoinbaseVenue;
  beforeAll(async () => {
    fake = await startFakeCoinbaseVenue();
  });
  afterAll(() => fake.close());

  it("a 1 MiB limit cannot take the ~5 MB BTC-USD snapshot: the drop is a CONNECTION_FAILED event, not a crash", async () => {
    const bus = createEventBus<MarketEvents>();
    const errors: VenueErrorEvent[] = [];
    bus.subscribe("error", (e) => errors.push(e));
    const coinbase = createCoinbaseConnector({ bus, clock: new TestClock(0), products: ["BTC-USD"], endpoint: fake.url, maxPayloadBytes: 1 << 20 });
    coinbase.start();
    await waitFor(() => errors.length > 0, "the oversized frame to be refused");
    coinbase.close();
    const error = errors[0]?.error;
    expect(isArbError(error, "CONNECTION_FAILED") && error.context.reason).toMatch(/1009|payload/i);
    expect(coinbase.status(coinbase.instrumentOf("BTC-USD"))).toBe("closed");
  });
});
