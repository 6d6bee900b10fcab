import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import { BUDGET_LINE_LABELS, BUDGET_LINES, compareBudget, computeBudget, formatEuro } from "@/modules/plan/budget";
import { listBudgetActuals } from "@/modules/plan/server/budget-actuals";
import { BudgetActualForm } from "@/modules/plan/components/budget-actual-form";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ start?: string }> };

export const metadata = { title: "Begroting" };

/** The Terneuzen budget template computed for this gemeente, planned versus actual per year. */
export default async function BudgetPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const { start } = await searchParams;
  const page = await pageContext(gemeente, "Begroting", "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const actuals = await listBudgetActuals(ctx);
  const requested = Number(start);
  const startYear =
    Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : (actuals[0]?.year ?? new Date().getFullYear());
  const plan = computeBudget(ctx.gemeente.inhabitants, startYear);
  const rows = compareBudget(plan, actuals);
  // The note typed with an actual amount is shown beside it.
  const notes = new Map(actuals.filter((a) => a.note).map((a) => [`${a.year}:${a.line}`, a.note as string]));
  const mayManage = can(ctx.role, "coalition:manage");
  const inhabitants = new Intl.NumberFormat("nl-NL").format(ctx.gemeente.inhabitants);

  return (
    <>
      <h1 className="text-3xl font-bold">Begroting</h1>
      <p className="mt-2 max-w-3xl text-lg">
        De voorbeeldbegroting uit het stappenplan van Terneuzen, berekend voor {ctx.gemeente.name} ({inhabitants} inwoners). De centrale
        plek voor signalen kost € 5.000 eenmalig en € 0,12 per inwoner per jaar.
      </p>
      <p className="mt-2 max-w-3xl">
        Het stappenplan noemt geen bedrag voor de regisseur, de campagne en de administratie. Wij rekenen met € 80.000 per FTE regisseur, €
        10.000 campagne per jaar en 0,2 FTE administratie (€ 60.000 per FTE).
      </p>

      <section aria-labelledby="per-jaar" className="mt-8">
        <h2 id="per-jaar" className="text-2xl font-bold">
          Gepland en werkelijk per jaar
        </h2>
        {plan.years.map((y) => {
          const yearRows = rows.filter((r) => r.year === y.year);
          const actualTotal = yearRows.reduce((s, r) => s + (r.actualCents ?? 0), 0);
          return (
            <div key={y.year} className="mt-6 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="text-left text-xl font-semibold">
                  Jaar {y.yearIndex}: {y.year}
                </caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-4">
                      Post
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      Gepland
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      Werkelijk
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      Verschil
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Toelichting
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {BUDGET_LINES.map((line) => {
                    const r = yearRows.find((x) => x.line === line)!;
                    return (
                      <tr key={line} className="border-b border-line">
                        <th scope="row" className="py-2 pr-4 font-normal">
                          {BUDGET_LINE_LABELS[line]}
                        </th>
                        <td className="py-2 pr-4 text-right">{formatEuro(r.plannedCents)}</td>
                        <td className="py-2 pr-4 text-right">{r.actualCents === null ? "nog niet ingevuld" : formatEuro(r.actualCents)}</td>
                        <td className="py-2 pr-4 text-right">{r.differenceCents === null ? "—" : formatEuro(r.differenceCents)}</td>
                        <td className="py-2 pr-4">{notes.get(`${y.year}:${line}`) ?? ""}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr className="font-bold">
                    <th scope="row" className="py-2 pr-4">
                      Totaal
                    </th>
                    <td className="py-2 pr-4 text-right">{formatEuro(y.totalCents)}</td>
                    <td className="py-2 pr-4 text-right">{formatEuro(actualTotal)}</td>
                    <td className="py-2 pr-4 text-right" />
                    <td className="py-2 pr-4" />
                  </tr>
                </tfoot>
              </table>
            </div>
          );
        })}
        <p className="mt-4 text-lg font-semibold">
          Totaal over {plan.years.length} jaar gepland: {formatEuro(plan.totalCents)}
        </p>
      </section>

      {mayManage ? (
        <section aria-labelledby="uitgaven-invoeren" className="mt-10">
          <h2 id="uitgaven-invoeren" className="text-2xl font-bold">
            Werkelijke uitgaven invoeren
          </h2>
          <BudgetActualForm gemeenteSlug={ctx.gemeente.slug} years={plan.years.map((y) => y.year)} />
        </section>
      ) : null}
    </>
  );
}
