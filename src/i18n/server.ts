/** Server helper: the catalogue for the current request, chosen by the `lang` cookie (default nl). */
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return toLocale(store.get(LOCALE_COOKIE)?.value);
}

export async function getT(): Promise<{ t: Messages; locale: Locale }> {
  const locale = await getLocale();
  return { t: messagesFor(locale), locale };
}
