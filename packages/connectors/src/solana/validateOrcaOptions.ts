import { ArbError } from "@arbkit/core";
import { PublicKey } from "@solana/web3.js";
import type { OrcaConnectorOptions } from "./OrcaConnectorOptions";
import { redactUrl } from "./redactUrl";

const invalid = (path: string, value: unknown, expected: string): never => {
  throw new ArbError("CONFIG_INVALID", `${path}: expected ${expected}`, { path, value, expected });
};

const isUrl = (url: string, protocols: readonly string[]): boolean => {
  try {
    return protocols.includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

/**
 * Checks the Orca connector's options before anything connects, so a typo fails at construction rather than
 * as an endless failover loop. URLs in errors are redacted.
 *
 * @throws ArbError `CONFIG_INVALID` naming the first bad option.
 */
export function validateOrcaOptions(options: OrcaConnectorOptions): void {
  if (options.pools.length === 0) invalid("pools", [], "at least one pool");
  options.pools.forEach((pool, i) => {
    try {
      new PublicKey(pool.address);
    } catch {
      invalid(`pools[${i}].address`, pool.address, "a base58 public key");
    }
    for (const key of ["maxTradeA", "maxTradeB"] as const) {
      const amount = pool[key];
      if (amount !== undefined && !(typeof amount === "bigint" && amount > 0n && amount < 1n << 64n)) invalid(`pools[${i}].${key}`, String(amount), "a u64 bigint > 0");
    }
    for (const key of ["decimalsA", "decimalsB"] as const) {
      const d = pool[key];
      if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 255)) invalid(`pools[${i}].${key}`, d, "an integer 0…255");
    }
  });
  options.endpoints.forEach((e, i) => {
    if (!isUrl(e.http, ["http:", "https:"])) invalid(`endpoints[${i}].http`, redactUrl(e.http), "an http(s) URL");
    if (e.ws !== undefined && !isUrl(e.ws, ["ws:", "wss:"])) invalid(`endpoints[${i}].ws`, redactUrl(e.ws), "a ws(s) URL");
  });
  const positive: [string, number | undefined][] = [
    ["reconcileIntervalMs", options.reconcileIntervalMs],
    ["feeIntervalMs", options.feeIntervalMs],
    ["staleAfterMs", options.staleAfterMs],
    ["requestTimeoutMs", options.requestTimeoutMs],
  ];
  for (const [path, value] of positive) if (value !== undefined && !(Number.isFinite(value) && value > 0)) invalid(path, value, "a positive number of ms");
  const t = options.tickArraysEachSide;
  if (t !== undefined && !(Number.isInteger(t) && t >= 0 && t <= 10)) invalid("tickArraysEachSide", t, "an integer 0…10");
  const most = options.maxTickArraysEachSide;
  if (most !== undefined && !(Number.isInteger(most) && most >= (t ?? 3) && most <= 50)) invalid("maxTickArraysEachSide", most, "an integer from tickArraysEachSide to 50");
  const age = options.staleSlotAge;
  if (age !== undefined && !(Number.isInteger(age) && age > 0)) invalid("staleSlotAge", age, "a positive integer");
}
