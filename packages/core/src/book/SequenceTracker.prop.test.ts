import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SequenceTracker } from "@arbkit/core";

describe("SequenceTracker (properties)", () => {
  it("never drops anything: every number is ok, a gap or a regression, and the counts add up", () => {
    fc.assert(
      fc.property(fc.option(fc.nat(1000), { nil: undefined }), fc.array(fc.nat(1200), { maxLength: 200 }), (first, numbers) => {
        const t = new SequenceTracker({ stream: "p", ...(first === undefined ? {} : { first }) });
        let expected = first;
        let ok = 0;
        let gaps = 0;
        let regressions = 0;
        let missed = 0;
        for (const n of numbers) {
          const r = t.observe(n);
          if (expected === undefined || n === expected) {
            expect(r).toEqual({ kind: "ok" });
            ok++;
            expected = n + 1;
          } else if (n > expected) {
            expect(r).toEqual({ kind: "gap", expected, received: n, missed: n - expected });
            gaps++;
            missed += n - expected;
            expected = n + 1;
          } else {
            expect(r).toEqual({ kind: "regression", expected, received: n });
            regressions++;
          }
          expect(t.expected).toBe(expected);
        }
        expect([t.observed, t.gaps, t.regressions, t.missed]).toEqual([numbers.length, gaps, regressions, missed]);
        expect(ok + gaps + regressions).toBe(numbers.length);
      }),
    );
  });

  it("a contiguous run is all ok; removing one element gives exactly one gap of one", () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.integer({ min: 3, max: 300 }), fc.nat(), (start, length, cut) => {
        const run = Array.from({ length }, (_, i) => start + i);
        const drop = 1 + (cut % (length - 2));
        const t = new SequenceTracker({ stream: "p" });
        const kinds = run.filter((_, i) => i !== drop).map((n) => t.observe(n).kind);
        expect(kinds.filter((k) => k === "gap")).toHaveLength(1);
        expect(t.missed).toBe(1);
        expect(t.regressions).toBe(0);
      }),
    );
  });
});
