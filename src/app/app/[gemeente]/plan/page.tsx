import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { listPlanItems, listSmartGoals } from "@/modules/plan/server/plan";
import { PlanNoteForm, PlanStatusSelect, SmartGoalForm } from "@/modules/plan/components/plan-forms";
import { createSmartGoalAction, setPlanItemStatusAction } from "@/modules/plan/actions";
import { categoryIndicatorKey, categoryOfIndicator, type IndicatorKey } from "@/modules/plan/indicator-keys";
import { signalCategories } from "@/modules/signals/server/common";
import { categoryLabel } from "@/modules/signals/categories";

type Props = { params: Promise<{ gemeente: string }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.planPages.plan.title };
}
const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
/** SMART dates in Dutch: "31 december 2027" (dueDate is a calendar date, JJJJ-MM-DD). */
const dateNl = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });
/** Progress as a whole percentage: 0.456 → "46%". */
const percent = (progress: number) => `${Math.round(progress * 100)}%`;

/** The nine routekaart themes and four building blocks with a status; SMART goals with live figures. */
export default async function PlanPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.planPages.plan;
  const page = await pageContext(gemeente, x.title, "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const [items, goals, categories] = await Promise.all([listPlanItems(ctx), listSmartGoals(ctx), signalCategories(ctx)]);
  const mayManage = can(ctx.role, "coalition:manage");
  // Every row's status select and note form post to the same action: the item's key is a field of the form.
  const setStatus = setPlanItemStatusAction.bind(null, ctx.gemeente.slug);
  const groups = [...new Set(items.map((i) => i.group))];
  // The group is PLAN_ITEMS' data value ("Organiseren", "Doen", "Bouwstenen"); the heading text is the catalogue's.
  const groupHeading = (group: string) => (group === "Bouwstenen" ? x.buildingBlocks : x.themes(group.toLowerCase()));
  /** What a goal's figure counts: a signal category ("Signalen met hulpvraag …") or a dashboard indicator. */
  const indicatorName = (indicator: string) => {
    const category = categoryOfIndicator(indicator);
    return category ? x.categoryIndicator(categoryLabel(categories, category)) : t.labels.indicator[indicator as IndicatorKey];
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name)}</p>

      {groups.map((group) => (
        <section key={group} aria-labelledby={`groep-${group}`} className="mt-8">
          <h2 id={`groep-${group}`} className="text-2xl font-bold">
            {groupHeading(group)}
          </h2>
          <DataTable className="mt-4" caption={x.statusCaption(group)} columns={[x.itemHead, x.statusHead, x.noteHead]}>
            {items
              .filter((i) => i.group === group)
              .map((i) => (
                <tr key={i.key} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {i.label}
                  </th>
                  <td className="py-2 pr-4">
                    {mayManage ? (
                      <PlanStatusSelect
                        action={setStatus}
                        itemKey={i.key}
                        label={i.label}
                        status={i.status}
                        texts={t.planPages.planStatus}
                      />
                    ) : (
                      t.labels.planStatus[i.status]
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    {mayManage ? (
                      <PlanNoteForm
                        action={setStatus}
                        itemKey={i.key}
                        label={i.label}
                        status={i.status}
                        note={i.note}
                        texts={t.planPages.planNote}
                      />
                    ) : (
                      (i.note ?? "")
                    )}
                  </td>
                </tr>
              ))}
          </DataTable>
        </section>
      ))}

      <section aria-labelledby="doelen" className="mt-10">
        <h2 id="doelen" className="text-2xl font-bold">
          {x.goalsHeading}
        </h2>
        {goals.length === 0 ? (
          <p className="mt-4">{x.noGoals}</p>
        ) : (
          <DataTable
            scroll
            className="mt-4"
            caption={x.goalsCaption}
            columns={[
              x.goalHead,
              { head: x.baselineHead, className: "text-right" },
              { head: x.currentHead, className: "text-right" },
              { head: x.targetHead, className: "text-right" },
              x.dateHead,
              x.progressHead,
              x.sourceHead,
            ]}
          >
            {goals.map((g) => (
              <tr key={g.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {g.title}
                  {g.indicator ? <> ({indicatorName(g.indicator)})</> : null}
                </th>
                <td className="py-2 pr-4 text-right">{nl.format(g.baseline)}</td>
                <td className="py-2 pr-4 text-right">{g.current === null ? x.unknown : nl.format(g.current)}</td>
                <td className="py-2 pr-4 text-right">{nl.format(g.target)}</td>
                <td className="py-2 pr-4">{dateNl.format(new Date(`${g.dueDate}T00:00:00Z`))}</td>
                <td className="py-2 pr-4">{g.progress === null ? "—" : percent(g.progress)}</td>
                <td className="py-2 pr-4">{g.source ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {mayManage ? (
        <section aria-labelledby="doel-toevoegen" className="mt-10">
          <h2 id="doel-toevoegen" className="text-2xl font-bold">
            {x.addGoalHeading}
          </h2>
          <SmartGoalForm
            action={createSmartGoalAction.bind(null, ctx.gemeente.slug)}
            indicatorLabels={t.labels.indicator}
            categoryIndicators={Object.fromEntries(categories.map((c) => [categoryIndicatorKey(c.key), c.label]))}
            texts={t.planPages.goalForm}
          />
        </section>
      ) : null}
    </>
  );
}
