"use server";
/**
 * Choose the interface language. Public on purpose (no login needed): it only sets the `lang`
 * cookie, and any value that is not a known locale falls back to Dutch.
 */
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, toLocale } from "./locales";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = toLocale(formData.get("lang"));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: false });
  revalidatePath("/", "layout");
}
