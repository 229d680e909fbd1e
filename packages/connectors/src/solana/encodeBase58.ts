const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const LIMB = 58 ** 5; // 656,356,768: limb × 256 + carry stays far below 2^53, so doubles are exact

/**
 * Base58 (Bitcoin alphabet) of `bytes[from, to)`, as Solana writes public keys. Internal: long division in
 * base-58⁵ limbs, several times faster than `new PublicKey(bytes).toBase58()` (which builds a BN first).
 */
export function encodeBase58(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let zeros = 0;
  while (from + zeros < to && bytes[from + zeros] === 0) zeros++;
  const limbs: number[] = [];
  for (let i = from + zeros; i < to; i++) {
    let carry = bytes[i] as number;
    for (let j = 0; j < limbs.length; j++) {
      const value = (limbs[j] as number) * 256 + carry;
      carry = Math.floor(value / LIMB);
      limbs[j] = value - carry * LIMB;
    }
    while (carry > 0) {
      limbs.push(carry % LIMB);
      carry = Math.floor(carry / LIMB);
    }
  }
  let digits = "";
  for (let j = 0; j < limbs.length; j++) {
    let limb = limbs[j] as number;
    const last = j === limbs.length - 1;
    for (let k = 0; k < 5 && (!last || limb > 0); k++) {
      digits = (ALPHABET[limb % 58] as string) + digits;
      limb = Math.floor(limb / 58);
    }
  }
  return "1".repeat(zeros) + digits;
}
