const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Digits `text[from…from+n)` as a number, or -1 when any is not a digit. */
function digits(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days from 1970-01-01 to the proleptic Gregorian date (month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Decodes an RFC 3339 UTC timestamp with up to 9 fractional digits (`"2026-08-09T21:05:48.483587501Z"`) to
 * Unix ms, keeping the microseconds as a fraction (digits beyond µs are truncated). Returns `undefined` for
 * anything else: offsets other than `Z` (not used by Coinbase) and impossible dates or times (Feb 30,
 * 24:00, leap second 60), which `Date.parse` would roll over into another instant.
 *
 * Parsed by hand, not by a regular expression and `Date.parse`: it runs once per Coinbase frame.
 *
 * @example
 * ```ts
 * decodeRfc3339Ms("1970-01-01T00:00:01.0005Z"); // 1000.5
 * ```
 */
export function decodeRfc3339Ms(text: string): number | undefined {
  const n = text.length;
  if (n < 20 || text.charCodeAt(n - 1) !== 90 /* Z */) return undefined;
  if (text[4] !== "-" || text[7] !== "-" || text[10] !== "T" || text[13] !== ":" || text[16] !== ":") return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return undefined;
  let micros = 0;
  if (n > 20) {
    // ".d…dZ" with 1–9 digits.
    const fractionDigits = n - 21;
    if (text[19] !== "." || fractionDigits < 1 || fractionDigits > 9) return undefined;
    const all = digits(text, 20, fractionDigits);
    if (all < 0) return undefined;
    micros = fractionDigits >= 6 ? Math.floor(all / 10 ** (fractionDigits - 6)) : all * 10 ** (6 - fractionDigits);
  }
  const whole = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
  return whole + micros / 1000;
}
