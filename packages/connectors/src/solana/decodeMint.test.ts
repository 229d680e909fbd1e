import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { load2022Accounts } from "../../../../tests/support/orcaFixtures";
import { decodeMint, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "./decodeMint";

const mint = (name: string) => {
  const a = [...load2022Accounts()].find(([n]) => n.startsWith(name))?.[1];
  if (a === undefined) throw new Error(`fixture ${name} missing`);
  return a;
};

/** SYNTHETIC Token-2022 mint: the real USDC base bytes, padded, account type 1 and the given TLV entries. */
const token2022 = (base: Buffer, tlv: Buffer): Buffer => Buffer.concat([base, Buffer.alloc(165 - 82), Buffer.from([1]), tlv]);
const entry = (type: number, length: number): Buffer => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(length, 2);
  return Buffer.concat([head, Buffer.alloc(length)]);
};

describe("decodeMint", () => {
  it("reads the real SOL and USDC mints", () => {
    const sol = mint("token_native");
    const usdc = mint("token_usdc");
    expect(decodeMint(sol.data, sol.owner)).toEqual({ decimals: 9, tokenProgram: "token", extensions: [], hasTransferFee: false });
    expect(decodeMint(usdc.data, usdc.owner).decimals).toBe(6);
    expect(usdc.owner).toBe(TOKEN_PROGRAM_ID);
  });

  it("lists Token-2022 extensions and detects a transfer fee", () => {
    const base = mint("token_usdc").data;
    expect(decodeMint(token2022(base, Buffer.concat([entry(1, 108), entry(18, 4)])), TOKEN_2022_PROGRAM_ID)).toEqual({ decimals: 6, tokenProgram: "token-2022", extensions: [1, 18], hasTransferFee: true });
    expect(decodeMint(token2022(base, Buffer.concat([entry(18, 4), Buffer.alloc(8)])), TOKEN_2022_PROGRAM_ID).hasTransferFee).toBe(false);
  });

  it("rejects non-mints", () => {
    const base = mint("token_usdc").data;
    const cases: [Buffer, string][] = [
      [base, "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc"],
      [base.subarray(0, 80), TOKEN_PROGRAM_ID],
      [Buffer.concat([base.subarray(0, 45), Buffer.from([0]), base.subarray(46)]), TOKEN_PROGRAM_ID],
      [token2022(base, entry(1, 108)).subarray(0, 200), TOKEN_2022_PROGRAM_ID],
    ];
    for (const [data, owner] of cases) {
      let thrown: unknown;
      try {
        decodeMint(data, owner);
      } catch (e) {
        thrown = e;
      }
      expect(isArbError(thrown, "ACCOUNT_DECODE_FAILED")).toBe(true);
    }
  });
});
