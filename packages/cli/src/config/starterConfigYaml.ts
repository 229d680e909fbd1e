/**
 * The commented starter configuration `arb-cli init` writes: SOL/USD on Coinbase and Gemini against
 * SOL/USDC on Orca, with the seed's risk defaults (10 bps minimum net edge, $1,000 maximum position,
 * $500 daily loss limit, 5 consecutive losses). It is also the built-in default configuration, so the two
 * can never drift apart.
 */
export const STARTER_CONFIG_YAML = `# arb-cli configuration (observe-only: arb-cli never signs or sends an order).
# Validate with: arb-cli config check <this file>
# Secrets never go in this file; they come from the environment:
#   ARB_SOLANA_RPC_URL   keyed Solana RPC endpoint (e.g. https://mainnet.helius-rpc.com/?api-key=...), tried first
#   ARB_SOLANA_WS_URL    its WebSocket endpoint (default: the RPC URL with https -> wss)
#   ARB_CONTROL_TOKEN    bearer token for POST /control/pause and /control/resume

# Pairs: one base asset on CEX venues against one pool. Sizes are in base units (SOL), as exact decimals.
pairs:
  - id: SOL-USD
    base: { symbol: SOL, decimals: 9 }
    cex:
      - { venue: coinbase, symbol: SOL-USD, quote: USD, quoteDecimals: 2, priceIncrement: "0.01", sizeIncrement: "0.00000001" }
      - { venue: gemini, symbol: SOLUSD, quote: USD, quoteDecimals: 2, priceIncrement: "0.001", sizeIncrement: "0.000001" }
    pool:
      venue: orca
      # Whirlpool SOL/USDC, tick spacing 64. The most liquid one today is Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE (spacing 4).
      address: HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ
      quote: USDC
      quoteDecimals: 6
      baseToken: A          # SOL is token A of this pool
    minSize: "0.1"          # smallest trade, SOL
    maxSize: "50"           # largest trade, SOL (risk.maxPositionUsd caps the notional too)

venues:
  coinbase:
    enabled: true
    url: wss://advanced-trade-ws.coinbase.com
    takerFeeBps: "60"       # your Advanced Trade taker fee tier, basis points
  gemini:
    enabled: true
    url: wss://api.gemini.com/v2/marketdata
    takerFeeBps: "40"       # your Gemini API taker fee tier, basis points
  orca:
    enabled: true
    rpc:                    # public endpoints, tried in order after ARB_SOLANA_RPC_URL
      - { http: "https://api.mainnet-beta.solana.com", ws: "wss://api.mainnet-beta.solana.com" }
    commitment: confirmed
    computeUnits: 200000    # compute units charged per Whirlpool swap
    priorityFeePercentile: 75

signal:
  minNetEdgeBps: "10"       # an opportunity must clear 10 bps net of every cost (the seed's 0.1 %)
  slippageBufferBps: "0"    # extra cost charged as a safety margin
  maxBookAgeMs: 2000        # oldest CEX book a decision may use; older data pauses trading until fresh again
  maxPoolAgeMs: 5000        # oldest pool state a decision may use
  usdPerUsdc: "1"           # USD per USDC
  maxInventoryUsage: "1"    # fraction of a balance one trade may use

risk:
  maxPositionUsd: "1000"    # largest notional of one trade
  dailyLossLimitUsd: "500"  # realized loss per UTC day that pauses trading until resumed
  maxConsecutiveLosses: 5   # losing trades in a row that pause trading until resumed
  maxSlotLag: 10            # Solana slots the pool state may lag the newest slot seen (about 4 s)

inventory:                  # starting paper balances per venue and asset
  balances:
    coinbase: { SOL: "20", USD: "2000" }
    gemini: { SOL: "20", USD: "2000" }
    orca: { SOL: "20", USDC: "2000" }
  rebalanceThreshold: "0.25" # suggest a transfer when a venue's share of an asset drifts 25 points from an equal split

execution:                  # paper execution model
  latencyMs: { coinbase: 150, gemini: 200, orca: 900 }
  dexSlippageBps: "50"      # the DEX leg fails (like on chain) if the price moved further than this

server:
  host: 127.0.0.1           # bind address of /metrics, /status, /healthz and /control
  port: 9464
  controlRequestsPerMinute: 10

journal:
  path: arbkit-journal.sqlite
  synchronous: FULL         # FULL: every acknowledged record survives power loss; NORMAL: survives a crash of arb-cli

log:
  level: info
`;
