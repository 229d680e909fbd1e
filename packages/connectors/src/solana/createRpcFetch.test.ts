import { isArbError, TestClock } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createRpcFetch, type RpcFetch } from "./createRpcFetch";

const body = JSON.stringify({ jsonrpc: "2.0", id: "uuid-1", method: "getMultipleAccounts", params: [["A1", "B2"], { encoding: "base64" }] });

const setup = (underlying: RpcFetch) => {
  const clock = new TestClock(0);
  const frames: [string, string][] = [];
  let seq = 0;
  const fetch = createRpcFetch({
    endpoint: "https://rpc.example/***",
    clock,
    timeoutMs: 1_000,
    onFrame: (dir, text) => frames.push([dir, text]),
    redact: (t) => t.split("SECRET").join("***"),
    nextSeq: () => ++seq,
    fetch: underlying,
  });
  return { clock, frames, fetch };
};

const rejection = async (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

describe("createRpcFetch", () => {
  it("rewrites the id to method/seq/keys and hands both bodies to onFrame", async () => {
    let sent = "";
    const { frames, fetch } = setup(async (_url, init) => {
      sent = String(init?.body);
      return new Response('{"jsonrpc":"2.0","result":1,"id":"x"}', { status: 200 });
    });
    const response = await fetch("https://rpc.example/SECRET", { method: "POST", body });
    expect(JSON.parse(sent).id).toBe("getMultipleAccounts/1/A1,B2");
    expect(await response.text()).toBe('{"jsonrpc":"2.0","result":1,"id":"x"}');
    expect(frames).toEqual([["out", sent], ["in", '{"jsonrpc":"2.0","result":1,"id":"x"}']]);
  });

  it("turns a 429 into RPC_FAILED with the status and the redacted endpoint", async () => {
    const { frames, fetch } = setup(async () => new Response("slow down", { status: 429 }));
    const error = await rejection(fetch("https://rpc.example/SECRET", { body }));
    expect(isArbError(error, "RPC_FAILED")).toBe(true);
    if (isArbError(error, "RPC_FAILED")) expect(error.context).toEqual({ endpoint: "https://rpc.example/***", method: "getMultipleAccounts", reason: "HTTP 429", status: 429 });
    expect(frames.map(([dir]) => dir)).toEqual(["out"]);
  });

  it("times out on the injected clock and scrubs secrets from network errors", async () => {
    const { clock, fetch } = setup(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new Error("aborted https://rpc.example/SECRET")));
        }),
    );
    const pending = rejection(fetch("https://rpc.example/SECRET", { body }));
    clock.advanceBy(1_000);
    const error = await pending;
    expect(isArbError(error, "RPC_FAILED") && error.context.reason).toBe("timeout after 1000 ms");
    const failing = setup(async () => {
      throw new Error("connect ECONNREFUSED https://rpc.example/SECRET");
    });
    const refused = await rejection(failing.fetch("https://rpc.example/SECRET", { body }));
    expect(JSON.stringify(isArbError(refused) ? refused.toJSON() : refused)).not.toContain("SECRET");
  });
});
