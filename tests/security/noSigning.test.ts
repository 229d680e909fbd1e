import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixtures";

/**
 * Observe-only, checked statically: nothing in our packages (sources and built dist) signs a transaction,
 * sends one, holds a key, or authenticates to a venue; the only @solana/web3.js names used are read-only.
 */
const FORBIDDEN: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "Solana key pairs", pattern: /\bKeypair\b/ },
  { what: "signing", pattern: /\b(signTransaction|signAllTransactions|partialSign|signMessage|createSign)\b|\.sign\(/ },
  { what: "sending transactions", pattern: /\b(sendTransaction|sendRawTransaction|sendAndConfirm\w*|sendEncodedTransaction|simulateTransaction)\b/ },
  { what: "secret key material", pattern: /\b(secretKey|privateKey|apiSecret|api_secret|seedPhrase|mnemonic)\b/ },
  { what: "ed25519/HMAC signing libraries", pattern: /tweetnacl|@noble\/(ed25519|curves)|\bcreateHmac\b|jsonwebtoken|\bjose\b/ },
  { what: "authenticated venue headers", pattern: /CB-ACCESS-(KEY|SIGN|TIMESTAMP|PASSPHRASE)|X-GEMINI-(APIKEY|SIGNATURE|PAYLOAD)|X-MBX-APIKEY/i },
  { what: "transaction builders", pattern: /\b(VersionedTransaction|TransactionMessage|SystemProgram|ComputeBudgetProgram)\b|new Transaction\(/ },
];
/** The @solana/web3.js names our code may import: connection, addresses and the types of what it reads. */
const WEB3_ALLOWED = new Set(["Connection", "PublicKey", "AccountInfo", "Context", "SlotInfo", "Commitment", "ConnectionConfig", "KeyedAccountInfo", "RpcResponseAndContext"]);
/** Packages that could build or sign transactions must not be runtime dependencies of ours. */
const FORBIDDEN_DEPENDENCIES = ["ccxt", "@coral-xyz/anchor", "@orca-so/whirlpools-sdk", "@orca-so/whirlpools", "@solana/spl-token", "tweetnacl", "bs58", "jsonwebtoken"];

function files(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|js|cjs|mjs)$/.test(name) && !/\.(test|prop\.test)\.ts$/.test(name) && !name.endsWith(".map")) out.push(path);
  }
  return out;
}

/** Every forbidden use in `text`, as `what: excerpt`. */
export function findForbidden(text: string): string[] {
  const hits: string[] = [];
  for (const { what, pattern } of FORBIDDEN) {
    const m = pattern.exec(text);
    if (m !== null) hits.push(`${what}: ${text.slice(Math.max(0, m.index - 30), m.index + 40).replace(/\s+/g, " ")}`);
  }
  // A CommonJS bundle binds the module to a variable (`var import_web3 = require("@solana/web3.js")`): check
  // every member it uses. Anything else that takes the whole module is refused.
  for (const m of text.matchAll(/(?:var|const|let)\s+(\w+)\s*=\s*(?:__toESM\()?require\(["']@solana\/web3\.js["']\)/g)) {
    const binding = m[1] ?? "";
    for (const use of text.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, "g"))) {
      if (!WEB3_ALLOWED.has(use[1] ?? "")) hits.push(`@solana/web3.js use of ${use[1] ?? ""}`);
    }
  }
  const bound = text.replace(/(?:var|const|let)\s+\w+\s*=\s*(?:__toESM\()?require\(["']@solana\/web3\.js["']\)/g, "");
  for (const m of bound.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+["']@solana\/web3\.js["']|require\(["']@solana\/web3\.js["']\)|import\s+\*\s+as\s+\w+\s+from\s+["']@solana\/web3\.js["']/g)) {
    if (m[2] === undefined) {
      hits.push(`a whole-module @solana/web3.js import: ${m[0]}`);
      continue;
    }
    for (const raw of m[2].split(",")) {
      const name = raw.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]?.trim() ?? "";
      if (name !== "" && !WEB3_ALLOWED.has(name)) hits.push(`@solana/web3.js import of ${name}`);
    }
  }
  return hits;
}

const PACKAGES = ["core", "connectors", "engines", "cli"];

describe("observe-only, statically", () => {
  it("the scanner finds what it looks for (so a clean result means something)", () => {
    expect(findForbidden('import { Keypair, Connection } from "@solana/web3.js";')).toEqual([expect.stringMatching(/^Solana key pairs: /), "@solana/web3.js import of Keypair"]);
    expect(findForbidden('var import_web3 = require("@solana/web3.js");\nnew import_web3.Connection(u); import_web3.Transaction.from(b);')).toEqual(["@solana/web3.js use of Transaction"]);
    expect(findForbidden("await connection.sendRawTransaction(tx.serialize())")).toHaveLength(1);
    expect(findForbidden('headers: { "CB-ACCESS-SIGN": sig }')).toHaveLength(1);
    expect(findForbidden("useAll(require(\"@solana/web3.js\"))")).toEqual(["a whole-module @solana/web3.js import: require(\"@solana/web3.js\")"]);
    expect(findForbidden('import { Connection, PublicKey, type AccountInfo } from "@solana/web3.js";')).toEqual([]);
  });

  it.each(PACKAGES)("packages/%s (src and dist) never signs, sends a transaction or authenticates", (pkg) => {
    const root = join(repoRoot, "packages", pkg);
    const scanned = [...files(join(root, "src")), ...files(join(root, "dist"))];
    expect(scanned.length).toBeGreaterThan(0);
    const hits = scanned.flatMap((file) => findForbidden(readFileSync(file, "utf8")).map((h) => `${relative(repoRoot, file)}: ${h}`));
    expect(hits).toEqual([]);
  });

  it("connectors never put credentials on an outgoing request (no Authorization or API-key header)", () => {
    const hits = files(join(repoRoot, "packages/connectors/src")).filter((f) => /["']?(authorization|x-api-key|api-key)["']?\s*:/i.test(readFileSync(f, "utf8")));
    expect(hits.map((f) => relative(repoRoot, f))).toEqual([]);
  });

  it.each(PACKAGES)("packages/%s has no runtime dependency that builds or signs transactions", (pkg) => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "packages", pkg, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {}).filter((d) => FORBIDDEN_DEPENDENCIES.includes(d))).toEqual([]);
  });
});
