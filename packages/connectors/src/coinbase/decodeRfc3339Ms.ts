const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

// Fraction scales by digit count: `10 ** n` goes through Math.pow on every call.
const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000] as const;

/** The two digits `text[at…at+2)` as a number, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
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
  // "-", "-", "T", ":", ":" by char code: indexing would make a one-character string each.
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return undefined;
  }
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const year = century * 100 + yearOfCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return undefined;
  let micros = 0;
  if (n > 20) {
    // ".d…dZ" with 1–9 digits.
    const fractionDigits = n - 21;
    if (text.charCodeAt(19) !== 46 || fractionDigits < 1 || fractionDigits > 9) return undefined;
    let all = 0;
    for (let i = 20; i < n - 1; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      all = all * 10 + d;
    }
    micros = fractionDigits >= 6 ? Math.floor(all / (POW10[fractionDigits - 6] as number)) : all * (POW10[6 - fractionDigits] as number);
  }
  const whole = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
  return whole + micros / 1000;
}
