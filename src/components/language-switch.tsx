import { setLocaleAction } from "@/i18n/actions";
import { LOCALES } from "@/i18n/locales";
import { getT } from "@/i18n/server";

/** Works without JavaScript: a form posting to a server action that sets the `lang` cookie. */
export async function LanguageSwitch() {
  const { t, locale } = await getT();
  return (
    <form action={setLocaleAction} aria-label={t.common.languageSwitch} className="flex items-center gap-1 text-sm">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="lang"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={
            l === locale
              ? "rounded px-2 py-1 font-semibold text-brand-strong underline underline-offset-4"
              : "rounded px-2 py-1 text-muted hover:text-ink hover:underline"
          }
        >
          {t.common.languageNames[l]}
        </button>
      ))}
    </form>
  );
}
