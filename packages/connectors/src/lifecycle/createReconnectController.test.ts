import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import { createReconnectController } from "./createReconnectController";

describe("createReconnectController", () => {
  const setup = () => {
    const clock = new TestClock(0);
    const connects: number[] = [];
    const metrics = createInMemoryConnectorMetrics();
    const rc = createReconnectController({ clock, connect: () => connects.push(clock.now()), backoff: { initialDelayMs: 100, jitter: 0 }, healthyAfterMs: 1_000, metrics, labels: { venue: "x" } });
    return { clock, connects, metrics, rc };
  };

  it("backs off exponentially across failed attempts and counts reconnects", () => {
    const { clock, connects, metrics, rc } = setup();
    expect(rc.scheduleReconnect()).toBe(100);
    expect(rc.scheduleReconnect()).toBeUndefined(); // one pending at a time
    clock.advanceTo(100);
    expect(rc.scheduleReconnect()).toBe(200);
    clock.advanceTo(300);
    expect(connects).toEqual([100, 300]);
    expect(metrics.counter("reconnects", { venue: "x" })).toBe(2);
  });

  it("resets the backoff after a healthy period, not before", () => {
    const { clock, rc } = setup();
    rc.scheduleReconnect();
    clock.advanceTo(100);
    rc.markOpen();
    clock.advanceTo(500);
    expect(rc.scheduleReconnect()).toBe(200); // dropped before the healthy period ended
    clock.advanceTo(700);
    rc.markOpen();
    clock.advanceTo(1_700);
    expect(rc.scheduleReconnect()).toBe(100);
  });

  it("schedules nothing after stop", () => {
    const { clock, connects, rc } = setup();
    rc.scheduleReconnect();
    rc.stop();
    expect(rc.scheduleReconnect()).toBeUndefined();
    clock.advanceTo(10_000);
    expect(connects).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
  });
});
