import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { createEventBus, deepFreeze, topics, venueId, instrumentId } from "@arbkit/core";

type TestEvents = {
  readonly book: { readonly n: number; readonly nested: { readonly list: number[] } };
  readonly status: { readonly s: string };
};

const solUsd = instrumentId(venueId("coinbase"), "SOL-USD");

describe("createEventBus", () => {
  it("delivers to subscribers of the topic and of each prefix, shortest prefix first", () => {
    const bus = createEventBus<TestEvents>();
    const seen: string[] = [];
    bus.subscribe("book:coinbase:SOL-USD", (_, topic) => seen.push(`exact ${topic}`));
    bus.subscribe("book", (_, topic) => seen.push(`kind ${topic}`));
    bus.subscribe("book:coinbase", (_, topic) => seen.push(`venue ${topic}`));
    bus.subscribe("book:gemini", () => seen.push("other venue"));
    bus.subscribe("status", () => seen.push("other kind"));
    bus.publish(topics.book(solUsd), { n: 1, nested: { list: [1] } });
    expect(seen).toEqual(["kind book:coinbase:SOL-USD", "venue book:coinbase:SOL-USD", "exact book:coinbase:SOL-USD"]);
  });

  it("does not deliver across prefix look-alikes", () => {
    const bus = createEventBus<TestEvents>();
    let count = 0;
    bus.subscribe("book:coin", () => count++);
    bus.publish("book:coinbase:SOL-USD", { n: 1, nested: { list: [] } });
    expect(count).toBe(0);
  });

  it("unsubscribe stops delivery and is idempotent", () => {
    const bus = createEventBus<TestEvents>();
    let count = 0;
    const off = bus.subscribe("status", () => count++);
    bus.publish("status", { s: "a" });
    off();
    off();
    bus.publish("status", { s: "b" });
    expect(count).toBe(1);
    expect(bus.listenerCount("status")).toBe(0);
  });

  it("deep-freezes published events so no subscriber can change what another sees", () => {
    const bus = createEventBus<TestEvents>();
    const event = { n: 1, nested: { list: [1, 2] } };
    let received: TestEvents["book"] | undefined;
    bus.subscribe("book", (e) => {
      received = e;
      expect(() => {
        (e as { n: number }).n = 2;
      }).toThrow(TypeError);
      expect(() => (e.nested.list as number[]).push(3)).toThrow(TypeError);
    });
    bus.publish("book", event);
    expect(received).toBe(event);
    expect(Object.isFrozen(event.nested.list)).toBe(true);
    expect(event.nested.list).toEqual([1, 2]);
  });

  it("deepFreeze leaves class instances (Decimal, books) alone", () => {
    const d = new Decimal("1.5");
    const frozen = deepFreeze({ price: d, levels: [{ p: "1" }] });
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.levels[0])).toBe(true);
    expect(Object.isFrozen(d)).toBe(false);
    expect(d.plus(1).toFixed()).toBe("2.5");
  });

  it("runs every handler when one throws, then rethrows the first error", () => {
    const bus = createEventBus<TestEvents>();
    const calls: string[] = [];
    const boom = new Error("boom");
    bus.subscribe("status", () => {
      calls.push("first");
      throw boom;
    });
    bus.subscribe("status", () => {
      calls.push("second");
      throw new Error("later");
    });
    bus.subscribe("status", () => calls.push("third"));
    expect(() => bus.publish("status", { s: "x" })).toThrow(boom);
    expect(calls).toEqual(["first", "second", "third"]);
  });

  it("routes handler errors to onHandlerError when given, and does not throw", () => {
    const errors: [unknown, string][] = [];
    const bus = createEventBus<TestEvents>({ onHandlerError: (error, topic) => errors.push([error, topic]) });
    let after = false;
    bus.subscribe("status", () => {
      throw new Error("bad");
    });
    bus.subscribe("status", () => (after = true));
    bus.publish("status", { s: "x" });
    expect(after).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe("status");
  });

  it("two buses never share subscribers", () => {
    const a = createEventBus<TestEvents>();
    const b = createEventBus<TestEvents>();
    let count = 0;
    a.subscribe("status", () => count++);
    b.publish("status", { s: "x" });
    expect(count).toBe(0);
  });
});

describe("topics", () => {
  it("builds every topic in one place", () => {
    const coinbase = venueId("coinbase");
    expect(topics.book(solUsd)).toBe("book:coinbase:SOL-USD");
    expect(topics.trade(solUsd)).toBe("trade:coinbase:SOL-USD");
    expect(topics.status(coinbase)).toBe("status:coinbase");
    expect(topics.status(coinbase, solUsd)).toBe("status:coinbase:SOL-USD");
    expect(topics.error(coinbase)).toBe("error:coinbase");
    expect(topics.pool(instrumentId(venueId("orca"), "Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE"))).toBe(
      "pool:orca:Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE",
    );
    expect(Object.isFrozen(topics)).toBe(true);
  });
});
