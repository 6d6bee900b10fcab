import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { gemeenteSettings } from "@/modules/gemeenten/server/directory";
import { removeLogoAction, setLogoAction, setThemeAction } from "@/modules/gemeenten/actions";
import { LogoForm } from "@/modules/gemeenten/components/logo-form";
import { logoInfoBySlug } from "@/modules/gemeenten/server/logo";
import { ThemeForm } from "@/modules/gemeenten/components/theme-form";
import { DEFAULT_THEME, FONTS, themeOf, themePairs } from "@/modules/gemeenten/theme";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.gemeentePages.theme.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/** The gemeente's own house style: colours, font and logo, with the contrast of every pair. */
export default async function HuisstijlPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.gemeentePages.theme;
  const page = await pageContext(gemeente, x.title, "theme:manage");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const theme = themeOf(await gemeenteSettings(ctx.gemeente.id));
  const logo = await logoInfoBySlug(ctx.gemeente.slug);
  const fmt = (n: number) => n.toFixed(2).replace(".", ",");
  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name, DEFAULT_THEME.primary)}</p>
      <ThemeForm
        action={setThemeAction.bind(null, ctx.gemeente.slug)}
        initial={{ primary: theme.primary, accent: theme.accent, font: theme.font }}
        fonts={Object.entries(FONTS).map(([value, f]) => ({ value, label: f.label }))}
        texts={t.gemeentePages.themeForm}
      />
      <section aria-labelledby="logo" className="mt-10">
        <h2 id="logo" className="text-2xl font-bold">
          {x.logoHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{x.logoIntro(ctx.gemeente.name)}</p>
        <LogoForm
          upload={setLogoAction.bind(null, ctx.gemeente.slug)}
          remove={removeLogoAction.bind(null, ctx.gemeente.slug)}
          current={
            logo
              ? { src: `/thema/${encodeURIComponent(ctx.gemeente.slug)}/logo?v=${logo.sha256}`, width: logo.width, height: logo.height }
              : null
          }
          gemeenteName={ctx.gemeente.name}
          texts={t.gemeentePages.logoForm}
        />
      </section>
      <section aria-labelledby="contrast" className="mt-10">
        <h2 id="contrast" className="text-2xl font-bold">
          {x.contrastHeading}
        </h2>
        <DataTable fit className="mt-4" caption={x.contrastCaption} columns={[x.pair, { head: x.contrast, className: "text-right" }]}>
          {themePairs(theme).map((p) => (
            <tr key={p.name} className="border-b border-line">
              <td className="py-2 pr-6">{p.name}</td>
              <td className="py-2 pr-6 text-right" data-testid="contrast-ratio">
                {fmt(p.ratio)} : 1
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}
