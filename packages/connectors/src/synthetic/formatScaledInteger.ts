/**
 * Formats an integer count of `10^-scale` units as a decimal string the way venues print them:
 * trailing fractional zeros trimmed; `minFractionDigits` keeps e.g. Gemini's `"30.0"`.
 * Internal to the scenario generator.
 */
export function formatScaledInteger(units: number, scale: number, minFractionDigits = 0): string {
  const negative = units < 0;
  const digits = Math.abs(units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > minFractionDigits && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return `${negative ? "-" : ""}${whole}${fraction.length > 0 ? `.${fraction}` : ""}`;
}
