import { join } from "node:path";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../../../../tests/support/createTempDir";
import { createJournal } from "./createJournal";
import { createJournalReader } from "./createJournalReader";
import { toJournalJson } from "./toJournalJson";

describe("journal data columns", () => {
  it("store decimals through toJSON and bigints as decimal strings, byte for byte", () => {
    const path = join(createTempDir("arbkit-journal-"), "j.sqlite");
    const journal = createJournal({ path }, { startedAt: 0, mode: "replay", source: "test" });
    const data = { id: "op:1", poolLeg: { quoteAtoms: 415618346n, size: new Decimal("19.999964"), slot: 185760009 }, fee: new Decimal("-0.000000016566"), note: 'a "b"\n', gone: undefined };
    const shortfall = { total: new Decimal("0.049318"), fees: new Decimal(0) };
    journal.append("opportunities", { id: "op:1", ts: 1, pair: "SOL-USD", direction: "cexToPool", cexVenue: "gemini", size: "1", netPnl: "2", edgeBps: "3", data });
    journal.append("trades", { id: "t:1", ts: 2, opportunityId: "op:1", pair: "SOL-USD", direction: "cexToPool", status: "filled", expectedPnl: "1", realizedPnl: "1", fees: "0", shortfall, data: { shortfall, legs: [undefined, -0, Number.NaN] } });
    journal.close(3, "done");
    const reader = createJournalReader(path);
    expect(reader.query("opportunities")[0]?.data).toBe(
      '{"id":"op:1","poolLeg":{"quoteAtoms":"415618346","size":"19.999964","slot":185760009},"fee":"-1.6566e-8","note":"a \\"b\\"\\n"}',
    );
    expect(reader.query("trades")[0]?.shortfall).toBe('{"total":"0.049318","fees":"0"}');
    expect(reader.query("trades")[0]?.data).toBe('{"shortfall":{"total":"0.049318","fees":"0"},"legs":[null,0,null]}');
    reader.close();
  });
});

describe("toJournalJson", () => {
  const reference = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
  const leaf = fc.oneof(
    fc.bigInt(),
    fc.integer().map((n) => new Decimal(n).div(7)),
    fc.date({ noInvalidDate: true }),
    fc.constantFrom(undefined, null, Number.NaN, -0, Infinity, () => 1, Symbol("s")),
    fc.constantFrom(new Number(3), new String("x"), new Map([[1, 2]]), new Set([1]), Object.create(null) as object),
    fc.constantFrom({ toJSON: () => ({ inner: 5n }) }, { toJSON: (k: string) => `key:${k}` }, new (class Point { x = 1n })()),
  );
  const value = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: "small" }, fc.anything(), leaf, fc.array(tie("tree"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 4 }), tie("tree"), { maxKeys: 4 })),
  })).tree;

  it("writes exactly what JSON.stringify with a bigint-to-string replacer writes, for any value", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(toJournalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("reports a cycle as JSON.stringify does", () => {
    const a: Record<string, unknown> = { n: 1n };
    a.self = a;
    expect(() => toJournalJson(a)).toThrow(TypeError);
  });
});
