import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { parseOrcaFrame } from "./parseOrcaFrame";

const data = Buffer.from([1, 2, 3]).toString("base64");
const account = { data: [data, "base64"], executable: false, lamports: 1, owner: "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc", rentEpoch: 0, space: 3 };

describe("parseOrcaFrame", () => {
  it("maps a getMultipleAccounts response to accounts through the keys in its id", () => {
    const frame = JSON.stringify({ jsonrpc: "2.0", result: { context: { slot: 9 }, value: [account, null] }, id: "getMultipleAccounts/4/A1,B2" });
    expect(parseOrcaFrame(frame)).toEqual([
      { kind: "account", address: "A1", subscription: undefined, slot: 9, account: { owner: account.owner, data: Buffer.from([1, 2, 3]) } },
      { kind: "account", address: "B2", subscription: undefined, slot: 9, account: null },
    ]);
  });

  it("reads notifications, subscription confirmations, slots, fees and RPC errors", () => {
    expect(parseOrcaFrame(JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { context: { slot: 5 }, value: account }, subscription: 7 } }))[0]).toMatchObject({ kind: "account", address: undefined, subscription: 7, slot: 5 });
    expect(parseOrcaFrame('{"jsonrpc":"2.0","result":7,"id":"accountSubscribe/1/A1"}')).toEqual([{ kind: "subscribed", subscription: 7, address: "A1" }]);
    expect(parseOrcaFrame('{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"slot":11,"parent":10,"root":1},"subscription":2}}')).toEqual([{ kind: "slot", slot: 11 }]);
    expect(parseOrcaFrame('{"jsonrpc":"2.0","result":[{"slot":3,"prioritizationFee":50}],"id":"getRecentPrioritizationFees/2/P,V"}')).toEqual([{ kind: "fees", keys: ["P", "V"], fees: [{ slot: 3, fee: 50n }] }]);
    expect(parseOrcaFrame('{"jsonrpc":"2.0","error":{"code":-32005,"message":"busy"},"id":"getSlot/3/"}')).toEqual([{ kind: "rpcError", method: "getSlot", message: "busy" }]);
    expect(parseOrcaFrame('{"jsonrpc":"2.0","result":"1.18","id":"getVersion/1/"}')).toEqual([]);
  });

  it("throws FRAME_MALFORMED for broken frames", () => {
    for (const bad of [
      "not json",
      "[1]",
      '{"jsonrpc":"2.0","result":{"context":{"slot":-1},"value":[]},"id":"getMultipleAccounts/1/"}',
      '{"jsonrpc":"2.0","result":{"context":{"slot":1},"value":[null]},"id":"getMultipleAccounts/1/"}',
      `{"jsonrpc":"2.0","result":{"context":{"slot":1},"value":[{"owner":"x","data":"${data}"}]},"id":"getMultipleAccounts/1/K"}`,
      '{"jsonrpc":"2.0","method":"accountNotification","params":{"result":{"value":null},"subscription":1}}',
    ]) {
      let thrown: unknown;
      try {
        parseOrcaFrame(bad);
      } catch (e) {
        thrown = e;
      }
      expect(isArbError(thrown, "FRAME_MALFORMED"), bad).toBe(true);
    }
  });
});
