import { readFileSync } from "node:fs";
import { ArbError } from "@arbkit/core";
import type { SyntheticAccount } from "./encodeSolanaFrames";

/** The Whirlpool and its TickArrays that a scenario starts from. */
export interface ScenarioAccounts {
  /** The Whirlpool account (653 bytes). */
  readonly whirlpool: SyntheticAccount;
  /** Its TickArray accounts (any number; the price may only move where they are loaded). */
  readonly tickArrays: readonly SyntheticAccount[];
}

/**
 * Reads pool accounts in the shared fixture format (`{"accounts":[{"pubkey","kind":"Whirlpool"|"TickArray",
 * "data_base64"}]}`, e.g. `../shared/fixtures/orca/sol-usdc-HJPjoW-slot185759999/pool-and-39-tick-arrays.json`).
 *
 * @throws ArbError `RECORDING_INVALID` when the file cannot be read or has no Whirlpool account.
 */
export function readScenarioAccounts(path: string): ScenarioAccounts {
  const fail = (reason: string, cause?: unknown): never => {
    throw new ArbError("RECORDING_INVALID", `${path}: ${reason}`, { file: path, line: 0, reason }, cause === undefined ? {} : { cause });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return fail("cannot read pool accounts (JSON with an `accounts` array expected)", error);
  }
  const accounts = (parsed as { accounts?: unknown }).accounts;
  if (!Array.isArray(accounts)) return fail("no `accounts` array");
  let whirlpool: SyntheticAccount | undefined;
  const tickArrays: SyntheticAccount[] = [];
  for (const entry of accounts as { pubkey?: unknown; kind?: unknown; data_base64?: unknown }[]) {
    if (typeof entry.pubkey !== "string" || typeof entry.data_base64 !== "string") return fail("an account lacks `pubkey` or `data_base64`");
    const account = { pubkey: entry.pubkey, data: new Uint8Array(Buffer.from(entry.data_base64, "base64")) };
    if (entry.kind === "Whirlpool") whirlpool = account;
    else if (entry.kind === "TickArray") tickArrays.push(account);
  }
  if (whirlpool === undefined) return fail("no account of kind Whirlpool");
  return { whirlpool, tickArrays };
}
