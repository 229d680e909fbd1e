import { describe, expect, it } from "vitest";
import { ArbError, isArbError } from "@arbkit/core";

describe("ArbError", () => {
  it("carries a stable code, a frozen typed context and a message with the code", () => {
    const error = new ArbError("DECIMAL_INVALID", "Not a decimal", { input: "1e-8", reason: "exponent" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ArbError");
    expect(error.code).toBe("DECIMAL_INVALID");
    expect(error.shortMessage).toBe("Not a decimal");
    expect(error.message).toBe("[DECIMAL_INVALID] Not a decimal");
    expect(error.context).toEqual({ input: "1e-8", reason: "exponent" });
    expect(Object.isFrozen(error.context)).toBe(true);
    expect(error.details).toBeUndefined();
  });

  it("appends details to the message and keeps the context a copy", () => {
    const context = { now: 5, requested: 4 };
    const error = new ArbError("CLOCK_BACKWARDS", "Backwards", context, { details: "use advanceTo(t ≥ now)" });
    expect(error.message).toBe("[CLOCK_BACKWARDS] Backwards\nuse advanceTo(t ≥ now)");
    context.now = 99;
    expect(error.context.now).toBe(5);
  });

  it("chains causes, and toJSON serializes the chain", () => {
    const root = new ArbError("DECIMAL_PRECISION_EXCEEDED", "too precise", { input: "0.001", scale: 2 });
    const middle = new ArbError(
      "BOOK_LEVEL_INVALID",
      "bad level",
      { instrument: "coinbase:SOL-USD", side: "bid", price: "0.001", size: "1", reason: "precision" },
      { cause: root },
    );
    const top = new ArbError("STATE_INVALID", "resync", { component: "book", state: "live", action: "apply" }, { cause: middle });
    expect(top.cause).toBe(middle);
    expect((top.cause as ArbError).cause).toBe(root);
    const json = JSON.parse(JSON.stringify(top));
    expect(json).toEqual({
      code: "STATE_INVALID",
      message: "resync",
      context: { component: "book", state: "live", action: "apply" },
      cause: {
        code: "BOOK_LEVEL_INVALID",
        message: "bad level",
        context: { instrument: "coinbase:SOL-USD", side: "bid", price: "0.001", size: "1", reason: "precision" },
        cause: { code: "DECIMAL_PRECISION_EXCEEDED", message: "too precise", context: { input: "0.001", scale: 2 } },
      },
    });
  });

  it("toJSON keeps a plain Error cause as its message and other causes as strings", () => {
    const withError = new ArbError("CPMM_INVALID", "x", { reason: "r" }, { cause: new Error("socket closed") });
    expect(withError.toJSON().cause).toBe("socket closed");
    const withValue = new ArbError("CPMM_INVALID", "x", { reason: "r" }, { cause: 42 });
    expect(withValue.toJSON().cause).toBe("42");
    expect("cause" in new ArbError("CPMM_INVALID", "x", { reason: "r" }).toJSON()).toBe(false);
  });
});

describe("isArbError", () => {
  const error = new ArbError("BOOK_CROSSED", "crossed", { instrument: "coinbase:SOL-USD", bestBid: "2", bestAsk: "1" });

  it("matches the class, and the code when given", () => {
    expect(isArbError(error)).toBe(true);
    expect(isArbError(error, "BOOK_CROSSED")).toBe(true);
    expect(isArbError(error, "BOOK_SEQUENCE_GAP")).toBe(false);
  });

  it("rejects look-alikes and non-errors", () => {
    const fake = Object.assign(new Error("[BOOK_CROSSED] crossed"), { code: "BOOK_CROSSED" });
    expect(isArbError(fake)).toBe(false);
    expect(isArbError(fake, "BOOK_CROSSED")).toBe(false);
    expect(isArbError(undefined)).toBe(false);
    expect(isArbError({ code: "BOOK_CROSSED" })).toBe(false);
  });

  it("narrows the context type", () => {
    const unknownError: unknown = error;
    if (isArbError(unknownError, "BOOK_CROSSED")) expect(unknownError.context.bestBid).toBe("2");
    else expect.unreachable();
  });
});
