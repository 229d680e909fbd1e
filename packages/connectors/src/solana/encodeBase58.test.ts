import { PublicKey } from "@solana/web3.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeBase58 } from "./encodeBase58";

describe("encodeBase58", () => {
  it("equals web3.js PublicKey.toBase58 for any 32 bytes (leading zeros included)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(32), (bytes, zeros) => {
        bytes.fill(0, 0, zeros);
        expect(encodeBase58(bytes)).toBe(new PublicKey(bytes).toBase58());
      }),
      { numRuns: 2_000 },
    );
    expect(encodeBase58(new Uint8Array(32))).toBe("11111111111111111111111111111111");
  });
});
