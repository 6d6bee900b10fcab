import Link from "next/link";
import { AppNav } from "@/components/shell/app-nav";
import { GemeenteSwitcher } from "@/components/shell/gemeente-switcher";
import { loadShell } from "@/components/shell/load-shell";
import { navFor, navHref } from "@/components/shell/nav";
import { LanguageSwitch } from "@/components/language-switch";
import { Main } from "@/components/page-shell";
import { SiteFooter } from "@/components/site-header";
import { GemeenteLogo, GemeenteTheme } from "@/components/gemeente-theme";
import { getT } from "@/i18n/server";
import { LogoutButton } from "@/modules/users/components/logout-button";
import { logoInfoBySlug } from "@/modules/gemeenten/server/logo";

type Props = { children: React.ReactNode; params: Promise<{ gemeente: string }> };

/** The logged-in shell per gemeente: header, gemeente switcher, per-role navigation. */
export default async function GemeenteShellLayout({ children, params }: Props) {
  const { gemeente } = await params;
  // The logo is public and found by the slug alone, so it is looked up beside the shell, not after it.
  const [shell, { t }, logo] = await Promise.all([loadShell(gemeente), getT(), logoInfoBySlug(gemeente)]);

  if (shell.kind === "forbidden") {
    return (
      <Main>
        <h1 className="text-3xl font-bold">{t.errors.forbiddenTitle}</h1>
        <p className="mt-4 text-lg">{t.errors.forbiddenText}</p>
        <p className="mt-6">
          <Link href="/app" className="font-semibold text-brand-strong">
            {t.common.backHome}
          </Link>
        </p>
      </Main>
    );
  }

  const { ctx, actor, userName } = shell;
  const links = navFor(ctx.role).map((item) => ({ key: item.key, href: navHref(ctx.gemeente.slug, item), label: t.nav[item.key] }));
  const roleLabel = t.roles[ctx.role];

  return (
    <>
      <GemeenteTheme slug={ctx.gemeente.slug} />
      <header className="border-b border-line bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <GemeenteLogo slug={ctx.gemeente.slug} name={ctx.gemeente.name} logo={logo} className="h-10 w-auto" />
            <div>
              <Link
                href={navHref(ctx.gemeente.slug, { segment: "" })}
                className="text-xl font-bold text-brand-strong no-underline hover:underline"
              >
                {t.common.appName} <span className="font-semibold text-ink">· {ctx.gemeente.name}</span>
              </Link>
              <p className="text-sm text-muted">
                {userName} · {roleLabel}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <GemeenteSwitcher
              memberships={actor.memberships}
              currentSlug={ctx.gemeente.slug}
              label={t.app.gemeenteSwitch}
              currentLabel={t.app.currentGemeente}
            />
            <LanguageSwitch />
            <Link href="/account" className="font-semibold text-brand-strong">
              {t.gemeentePages.layout.myAccount}
            </Link>
            <LogoutButton />
          </div>
        </div>
      </header>
      <AppNav links={links} label={t.common.mainNav} />
      <Main className="max-w-6xl">{children}</Main>
      <SiteFooter />
    </>
  );
}
