/** The Orca Whirlpool program id on Solana mainnet (base58). Every Whirlpool and TickArray account is owned by it. */
export const WHIRLPOOL_PROGRAM_ID = "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc";
