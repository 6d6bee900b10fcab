/** Server helper: the catalogue for the current request, chosen by the `lang` cookie (default nl). */
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return toLocale(store.get(LOCALE_COOKIE)?.value);
}

/**
 * The reader's language where there may be no request (a server action called by a test or a job):
 * Dutch then.
 */
export async function readerLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "nl";
  }
}

export async function getT(): Promise<{ t: Messages; locale: Locale }> {
  const locale = await getLocale();
  return { t: messagesFor(locale), locale };
}
