import { describe, expect, it } from "vitest";
import { createSecretRedactor } from "./createSecretRedactor";
import { redactUrl } from "./redactUrl";

describe("redactUrl", () => {
  it("keeps scheme, host and port and hides paths, query values and user info", () => {
    expect(redactUrl("https://mainnet.helius-rpc.com/?api-key=abc-123")).toBe("https://mainnet.helius-rpc.com/?api-key=***");
    expect(redactUrl("https://solana-mainnet.g.alchemy.com/v2/KEY123")).toBe("https://solana-mainnet.g.alchemy.com/***");
    expect(redactUrl("wss://user:pass@rpc.example:8900/ws?token=t&x=1")).toBe("wss://rpc.example:8900/***?token=***&x=***");
    expect(redactUrl("https://api.mainnet-beta.solana.com")).toBe("https://api.mainnet-beta.solana.com/");
    expect(redactUrl("not a url with SECRET")).toBe("***");
  });
});

describe("createSecretRedactor", () => {
  it("scrubs whole URLs and their secret parts from free text", () => {
    const redact = createSecretRedactor(["https://rpc.example/v2/KEY-ABC?api-key=Q-SECRET", "wss://u:PASSWORD@ws.example/"]);
    expect(redact("POST https://rpc.example/v2/KEY-ABC?api-key=Q-SECRET failed")).toBe("POST https://rpc.example/***?api-key=*** failed");
    expect(redact("key KEY-ABC and Q-SECRET and PASSWORD leaked")).toBe("key *** and *** and *** leaked");
    expect(redact("nothing to hide")).toBe("nothing to hide");
  });
});
