/** Locales and the cookie that chooses one. Framework-free, safe on client and server. */
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "lang";

export function toLocale(value: unknown): Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}
