/**
 * Calendar days as people in the gemeenten count them (Europe/Amsterdam), whatever the server's zone:
 * the day and the week a digest belongs to (their onceKeys: one digest per person per day or week).
 */
const amsterdamDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The date of `now` on the Europe/Amsterdam calendar, as YYYY-MM-DD. */
export function amsterdamDay(now: Date): string {
  return amsterdamDate.format(now);
}

/** The Monday (Europe/Amsterdam calendar) of the week `now` falls in, as YYYY-MM-DD. */
export function amsterdamWeek(now: Date): string {
  const d = new Date(`${amsterdamDay(now)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
