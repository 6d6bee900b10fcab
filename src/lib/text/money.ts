/**
 * The one money formatter (Intl, nl-NL): whole euros as "€ 1.250", anything with cents always with
 * two decimals, "€ 1.250,50" (never "€ 1.250,5"). Amounts are kept in cents everywhere.
 */
const whole = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const withCents = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatEuro(cents: number): string {
  const rounded = Math.round(cents);
  return rounded % 100 === 0 ? whole.format(rounded / 100) : withCents.format(rounded / 100);
}
