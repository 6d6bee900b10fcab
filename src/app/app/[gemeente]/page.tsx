import type { Metadata } from "next";
import Link from "next/link";
import { loadShell } from "@/components/shell/load-shell";
import { navFor, navHref } from "@/components/shell/nav";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { MyActions } from "@/modules/engagement/components/my-actions";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  const { t } = await getT();
  return { title: shell.kind === "ok" ? `${t.nav.overview} – ${shell.ctx.gemeente.name}` : t.errors.forbiddenTitle };
}

/** The role-specific overview: a welcome and what this role can do here (B1). */
export default async function GemeenteOverviewPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null; // the layout shows the refusal
  const { t } = await getT();
  const { ctx, userName } = shell;
  const items = navFor(ctx.role, { includeUnavailable: true }).filter((i) => i.segment !== "");
  const roleLabel = t.roles[ctx.role];

  return (
    <>
      <h1 className="text-3xl font-bold">{t.app.welcome(userName)}</h1>
      <p className="mt-2 text-muted">
        {ctx.gemeente.name} · {t.app.yourRole(roleLabel)}
      </p>
      <p className="mt-4 max-w-3xl text-lg">{t.roleIntro[ctx.role]}</p>

      <MyActions ctx={ctx} />

      {items.length > 0 ? (
        <section aria-labelledby="kunnen" className="mt-8">
          <h2 id="kunnen" className="text-2xl font-bold">
            {t.app.canDoHeading}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {items.map((item) => (
              <li key={item.key} className="rounded-lg border border-line p-4">
                <h3 className="text-lg font-semibold">
                  {item.available ? (
                    <Link prefetch="auto" href={navHref(ctx.gemeente.slug, item)} className="text-brand-strong">
                      {t.nav[item.key]}
                    </Link>
                  ) : (
                    t.nav[item.key]
                  )}
                </h3>
                <p className="mt-1">{t.navDescriptions[item.key]}</p>
                {item.available ? null : <p className="mt-1 text-sm text-muted">{t.app.comingSoon}</p>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {can(ctx.role, "theme:manage") ? (
        <p className="mt-8">
          <Link href={`/app/${ctx.gemeente.slug}/huisstijl`} className="font-semibold text-brand-strong">
            {t.gemeentePages.overview.setTheme(ctx.gemeente.name)}
          </Link>
        </p>
      ) : null}
    </>
  );
}
