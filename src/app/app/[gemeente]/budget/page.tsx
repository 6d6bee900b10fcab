import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { BUDGET_LINES, compareBudget, computeBudget, formatEuro } from "@/modules/plan/budget";
import { listBudgetActuals } from "@/modules/plan/server/budget-actuals";
import { BudgetActualForm } from "@/modules/plan/components/budget-actual-form";
import { setBudgetActualAction } from "@/modules/plan/actions";
import { formatNumber } from "@/lib/text/dates";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ start?: string }> };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.planPages.budget.title };
}

/** The Terneuzen budget template computed for this gemeente, planned versus actual per year. */
export default async function BudgetPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const { start } = await searchParams;
  const { t } = await getT();
  const x = t.planPages.budget;
  const page = await pageContext(gemeente, x.title, "dashboard:read");
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
  const inhabitants = formatNumber(ctx.gemeente.inhabitants);

  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name, inhabitants)}</p>
      <p className="mt-2 max-w-3xl">{x.assumptions}</p>

      <section aria-labelledby="per-jaar" className="mt-8">
        <h2 id="per-jaar" className="text-2xl font-bold">
          {x.perYearHeading}
        </h2>
        {plan.years.map((y) => {
          const yearRows = rows.filter((r) => r.year === y.year);
          const actualTotal = yearRows.reduce((s, r) => s + (r.actualCents ?? 0), 0);
          return (
            <div key={y.year} className="mt-6 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="text-left text-xl font-semibold">{x.yearCaption(y.yearIndex, y.year)}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-4">
                      {x.lineHead}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      {x.plannedHead}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      {x.actualHead}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      {x.differenceHead}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {x.noteHead}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {BUDGET_LINES.map((line) => {
                    const r = yearRows.find((x) => x.line === line)!;
                    return (
                      <tr key={line} className="border-b border-line">
                        <th scope="row" className="py-2 pr-4 font-normal">
                          {t.labels.budgetLine[line]}
                        </th>
                        <td className="py-2 pr-4 text-right">{formatEuro(r.plannedCents)}</td>
                        <td className="py-2 pr-4 text-right">{r.actualCents === null ? x.notFilledIn : formatEuro(r.actualCents)}</td>
                        <td className="py-2 pr-4 text-right">{r.differenceCents === null ? "—" : formatEuro(r.differenceCents)}</td>
                        <td className="py-2 pr-4">{notes.get(`${y.year}:${line}`) ?? ""}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr className="font-bold">
                    <th scope="row" className="py-2 pr-4">
                      {x.total}
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
        <p className="mt-4 text-lg font-semibold">{x.grandTotal(plan.years.length, formatEuro(plan.totalCents))}</p>
      </section>

      {mayManage ? (
        <section aria-labelledby="uitgaven-invoeren" className="mt-10">
          <h2 id="uitgaven-invoeren" className="text-2xl font-bold">
            {x.enterHeading}
          </h2>
          <BudgetActualForm
            action={setBudgetActualAction.bind(null, ctx.gemeente.slug)}
            years={plan.years.map((y) => y.year)}
            texts={t.planPages.budgetForm}
          />
        </section>
      ) : null}
    </>
  );
}
