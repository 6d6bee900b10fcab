import { en } from "./en";
import { nl, type Messages } from "./nl";
import type { Locale } from "./locales";

const CATALOGUES: Record<Locale, Messages> = { nl, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export type { Messages };
