import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import { listPlanItems, listSmartGoals } from "@/modules/plan/server/plan";
import { INDICATOR_LABELS } from "@/modules/plan/server/indicators";
import { PLAN_STATUS_LABELS } from "@/modules/plan/plan-items";
import { PlanNoteForm, PlanStatusSelect, SmartGoalForm } from "@/modules/plan/components/plan-forms";
import { categoryIndicatorKey, categoryOfIndicator, type IndicatorKey } from "@/modules/plan/indicator-keys";
import { signalCategories } from "@/modules/signals/server/common";
import { categoryLabel } from "@/modules/signals/categories";

type Props = { params: Promise<{ gemeente: string }> };
export const metadata = { title: "Plan van aanpak" };
const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
/** SMART dates in Dutch: "31 december 2027" (dueDate is a calendar date, JJJJ-MM-DD). */
const dateNl = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

/** The nine routekaart themes and four building blocks with a status; SMART goals with live figures. */
export default async function PlanPage({ params }: Props) {
  const { gemeente } = await params;
  const page = await pageContext(gemeente, "Plan van aanpak", "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const [items, goals, categories] = await Promise.all([listPlanItems(ctx), listSmartGoals(ctx), signalCategories(ctx)]);
  const mayManage = can(ctx.role, "coalition:manage");
  const groups = [...new Set(items.map((i) => i.group))];

  return (
    <>
      <h1 className="text-3xl font-bold">Plan van aanpak</h1>
      <p className="mt-2 max-w-3xl text-lg">
        De negen thema&apos;s van de routekaart en de vier bouwstenen, met hoe ver {ctx.gemeente.name} is. Daaronder de SMART-doelen.
      </p>

      {groups.map((group) => (
        <section key={group} aria-labelledby={`groep-${group}`} className="mt-8">
          <h2 id={`groep-${group}`} className="text-2xl font-bold">
            {group === "Bouwstenen" ? "Bouwstenen" : `Thema's: ${group.toLowerCase()}`}
          </h2>
          <table className="mt-4 w-full border-collapse text-left">
            <caption className="sr-only">Status per onderdeel ({group})</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Onderdeel
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Toelichting
                </th>
              </tr>
            </thead>
            <tbody>
              {items
                .filter((i) => i.group === group)
                .map((i) => (
                  <tr key={i.key} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {i.label}
                    </th>
                    <td className="py-2 pr-4">
                      {mayManage ? (
                        <PlanStatusSelect gemeenteSlug={ctx.gemeente.slug} itemKey={i.key} label={i.label} status={i.status} />
                      ) : (
                        PLAN_STATUS_LABELS[i.status]
                      )}
                    </td>
                    <td className="py-2 pr-4">
                      {mayManage ? (
                        <PlanNoteForm gemeenteSlug={ctx.gemeente.slug} itemKey={i.key} label={i.label} status={i.status} note={i.note} />
                      ) : (
                        (i.note ?? "")
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}

      <section aria-labelledby="doelen" className="mt-10">
        <h2 id="doelen" className="text-2xl font-bold">
          SMART-doelen
        </h2>
        {goals.length === 0 ? (
          <p className="mt-4">Er zijn nog geen doelen.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">
                SMART-doelen met beginmeting, huidige stand, wat we willen halen, datum, voortgang en bron
              </caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    Doel
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Beginmeting
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Nu
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Te halen
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Datum
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Voortgang
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Bron
                  </th>
                </tr>
              </thead>
              <tbody>
                {goals.map((g) => (
                  <tr key={g.id} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {g.title}
                      {g.indicator
                        ? ` (${categoryOfIndicator(g.indicator) ? `Signalen met hulpvraag ${categoryLabel(categories, categoryOfIndicator(g.indicator))}` : INDICATOR_LABELS[g.indicator as IndicatorKey]})`
                        : ""}
                    </th>
                    <td className="py-2 pr-4 text-right">{nl.format(g.baseline)}</td>
                    <td className="py-2 pr-4 text-right">{g.current === null ? "onbekend" : nl.format(g.current)}</td>
                    <td className="py-2 pr-4 text-right">{nl.format(g.target)}</td>
                    <td className="py-2 pr-4">{dateNl.format(new Date(`${g.dueDate}T00:00:00Z`))}</td>
                    <td className="py-2 pr-4">{g.progress === null ? "—" : `${Math.round(g.progress * 100)}%`}</td>
                    <td className="py-2 pr-4">{g.source ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {mayManage ? (
        <section aria-labelledby="doel-toevoegen" className="mt-10">
          <h2 id="doel-toevoegen" className="text-2xl font-bold">
            Doel toevoegen
          </h2>
          <SmartGoalForm
            gemeenteSlug={ctx.gemeente.slug}
            indicatorLabels={INDICATOR_LABELS}
            categoryIndicators={Object.fromEntries(categories.map((c) => [categoryIndicatorKey(c.key), c.label]))}
          />
        </section>
      ) : null}
    </>
  );
}
