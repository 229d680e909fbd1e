import { readFileSync, readdirSync } from "node:fs";
import { fixturePath } from "./fixtures";

/** One real account from ../shared/fixtures/orca. */
export interface OrcaFixtureAccount {
  readonly pubkey: string;
  readonly owner: string;
  readonly data: Buffer;
}

/** The HJPjoW SOL/USDC pool (tick spacing 64) at slot 185,759,999 and all 39 of its tick arrays. */
export interface HjpSnapshot {
  readonly slot: number;
  readonly pool: OrcaFixtureAccount;
  readonly tickArrays: readonly (OrcaFixtureAccount & { readonly startTickIndex: number; readonly initializedTicks: number })[];
}

const WHIRLPOOL_PROGRAM = "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc";

interface SnapshotFile {
  readonly _source: { readonly slot: number };
  readonly accounts: readonly { pubkey: string; kind: string; data_base64: string; start_tick_index?: number; initialized_ticks?: number }[];
}

/** Loads the 40-account snapshot (real mainnet data). */
export function loadHjpSnapshot(): HjpSnapshot {
  const file = JSON.parse(readFileSync(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"), "utf8")) as SnapshotFile;
  const account = (a: SnapshotFile["accounts"][number]): OrcaFixtureAccount => ({ pubkey: a.pubkey, owner: WHIRLPOOL_PROGRAM, data: Buffer.from(a.data_base64, "base64") });
  const pool = file.accounts.find((a) => a.kind === "Whirlpool");
  if (pool === undefined) throw new Error("fixture has no Whirlpool");
  return {
    slot: file._source.slot,
    pool: account(pool),
    tickArrays: file.accounts
      .filter((a) => a.kind === "TickArray")
      .map((a) => ({ ...account(a), startTickIndex: a.start_tick_index ?? Number.NaN, initializedTicks: a.initialized_ticks ?? Number.NaN })),
  };
}

/** Loads every `solana account --output json` document of the 2022-08-06 folder, by file name. */
export function load2022Accounts(): ReadonlyMap<string, OrcaFixtureAccount> {
  const dir = fixturePath("orca", "sol-usdc-HJPjoW-2022-08-06");
  const out = new Map<string, OrcaFixtureAccount>();
  for (const name of readdirSync(dir)) {
    if (name.startsWith("expected_")) continue;
    const doc = JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as { pubkey: string; account: { data: [string, string]; owner: string } };
    out.set(name, { pubkey: doc.pubkey, owner: doc.account.owner, data: Buffer.from(doc.account.data[0], "base64") });
  }
  return out;
}

/** The oracle: decoded values asserted by an independent SDK's tests (strings for integers). */
export function loadExpectedDecodedValues(): Record<string, { expected: Record<string, string | boolean> }> {
  return JSON.parse(readFileSync(fixturePath("orca", "sol-usdc-HJPjoW-2022-08-06", "expected_decoded_values.extracted.json"), "utf8")) as Record<
    string,
    { expected: Record<string, string | boolean> }
  >;
}

/** The Czfq SOL/USDC pool (tick spacing 4) and its 5 tick arrays from a real getMultipleAccounts response. */
export function loadCzfq(): { readonly pool: OrcaFixtureAccount; readonly tickArrays: readonly OrcaFixtureAccount[]; readonly slot: number } {
  const dir = "sol-usdc-Czfq-2024-11-19-quote";
  const quote = JSON.parse(readFileSync(fixturePath("orca", dir, "quote_vector.extracted.json"), "utf8")) as { pool_address: string; whirlpool_account_data_base64: string };
  const request = JSON.parse(readFileSync(fixturePath("orca", dir, "tick_array_request.json"), "utf8")) as { params: [string[]] };
  const response = JSON.parse(readFileSync(fixturePath("orca", dir, "tick_array_response.json"), "utf8")) as {
    result: { context: { slot: number }; value: { data: [string, string]; owner: string }[] };
  };
  return {
    pool: { pubkey: quote.pool_address, owner: WHIRLPOOL_PROGRAM, data: Buffer.from(quote.whirlpool_account_data_base64, "base64") },
    tickArrays: response.result.value.map((v, i) => ({ pubkey: request.params[0][i] as string, owner: v.owner, data: Buffer.from(v.data[0], "base64") })),
    slot: response.result.context.slot,
  };
}
