import Link from "next/link";
import { getT } from "@/i18n/server";
import { LogoutButton } from "@/modules/users/components/logout-button";
import { LanguageSwitch } from "./language-switch";

/** Header for the public pages (landing, public gemeente pages, login). */
export async function SiteHeader({ showLogin = true, signedIn = false }: { showLogin?: boolean; signedIn?: boolean }) {
  const { t } = await getT();
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-strong no-underline hover:underline">
          {t.common.appName}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitch />
          {signedIn ? (
            <>
              <Link href="/account" className="font-semibold text-brand-strong">
                {t.legalPages.header.myAccount}
              </Link>
              <LogoutButton />
            </>
          ) : null}
          {showLogin ? (
            <Link href="/inloggen" className="rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong">
              {t.common.login}
            </Link>
          ) : null}
        </div>
      </div>
    </header>
  );
}

export async function SiteFooter() {
  const { t } = await getT();
  return (
    <footer className="utrecht-page-footer mt-16 border-t border-line text-sm print:hidden">
      <div className="utrecht-page-footer__content">
        <p>{t.common.footer}</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/privacy" className="text-ink">
              {t.legalPages.footer.privacy}
            </Link>
          </li>
          <li>
            <Link href="/toegankelijkheid" className="text-ink">
              {t.legalPages.footer.accessibility}
            </Link>
          </li>
          <li>
            <a href="/.well-known/security.txt" className="text-ink">
              {t.legalPages.footer.security}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
