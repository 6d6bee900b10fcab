/**
 * The one set of date and number formatters (Intl, nl-NL, Amsterdam time), made once per process.
 * Making an Intl formatter costs about 50 µs, formatting with one about 2 µs: a page that made one per
 * row (the work queue's 100 rows, the board's cards) spent milliseconds of each answer on it (issue
 * 20's profile). eslint's INTL_ONCE fails on `new Intl.…` inside a function and on `toLocale…String`
 * with arguments (which makes one per call), outside this file.
 */
const TZ = "Europe/Amsterdam";

const medium = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: TZ });
const short = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: TZ });
const long = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const mediumTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: TZ });
const numeric = new Intl.DateTimeFormat("nl-NL", { timeZone: TZ });
const count = new Intl.NumberFormat("nl-NL");
const oneDecimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

const when = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

/** "5 dec 2026" */
export const formatDate = (d: Date | string) => medium.format(when(d));
/** "5 dec. 2026" (day, short month, year) */
export const formatShortDate = (d: Date | string) => short.format(when(d));
/** "5 december 2026" */
export const formatLongDate = (d: Date | string) => long.format(when(d));
/** "5 dec 2026, 14:30" */
export const formatDateTime = (d: Date | string) => mediumTime.format(when(d));
/** "5-12-2026" */
export const formatNumericDate = (d: Date | string) => numeric.format(when(d));
/** "1.234" */
export const formatNumber = (n: number) => count.format(n);
/** "12,5" (at most one decimal) */
export const formatDecimal = (n: number) => oneDecimal.format(n);

/** The formatters of a page shown in the reader's language ("nl" or "en"), one per language. */
type Language = "nl" | "en";
const byLanguage = <T>(make: (tag: string) => T): Record<Language, T> => ({ nl: make("nl-NL"), en: make("en-GB") });
const NUMBERS = byLanguage((tag) => new Intl.NumberFormat(tag));
const LONG_DATES = byLanguage((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: TZ }));
const LONG_DATE_TIMES = byLanguage((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: TZ }));
/** "1.234" / "1,234" */
export const numberFormat = (language: Language): Intl.NumberFormat => NUMBERS[language];
/** "5 december 2026" / "5 December 2026" */
export const longDateFormat = (language: Language): Intl.DateTimeFormat => LONG_DATES[language];
/** "5 december 2026 om 14:30" / "5 December 2026 at 14:30" */
export const longDateTimeFormat = (language: Language): Intl.DateTimeFormat => LONG_DATE_TIMES[language];
