import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClock, createEventBus, isArbError, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createGeminiConnector } from "@arbkit/connectors";
import { startFakeGeminiVenue, type FakeGeminiVenue } from "../fakes/startFakeGeminiVenue";
import { waitFor } from "../support/waitFor";

describe("a throwing bus subscriber", () => {
  let fake: FakeGeminiVenue;
  beforeAll(async () => {
    fake = await startFakeGeminiVenue();
  });
  afterAll(() => fake.close());

  it("is reported as STATE_INVALID and does not stop the connector (the book is updated before publishing)", async () => {
    const bus = createEventBus<MarketEvents>();
    const errors: VenueErrorEvent[] = [];
    bus.subscribe("error", (e) => errors.push(e));
    bus.subscribe("book", () => {
      throw new Error("subscriber bug");
    });
    const gemini = createGeminiConnector({ bus, clock: new TestClock(0), symbols: ["SOLUSD"], endpoint: fake.url });
    gemini.start();
    const sol = gemini.instrumentOf("SOLUSD");
    await waitFor(() => errors.length > 0 && gemini.status(sol) === "live", "live despite the subscriber");
    fake.step(fake.remaining);
    await waitFor(() => gemini.book(sol)?.depth("bid").length === fake.truth("SOLUSD").levels("bid").length, "updates applied");
    gemini.close();
    expect(isArbError(errors[0]?.error, "STATE_INVALID")).toBe(true);
    expect((errors[0]?.error.cause as Error).message).toBe("subscriber bug");
  });
});
