import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { AppError } from "@/lib/result";
import { transitionSignalAction } from "@/modules/signals/actions";
import { TransitionForm } from "@/modules/signals/components/transition-form";
import { SIGNAL_OUTCOMES, type SignalStatus } from "@/modules/signals/flow";
import { categoryLabel, signalTitle, type RiskGroup } from "@/modules/signals/categories";
import { signalCategories } from "@/modules/signals/server/common";
import { getSignal } from "@/modules/signals/server/read-signals";
import { membersInGroup } from "@/modules/users/server/people";
import { formatDateTime } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.signalsPages.detail.title };
}

type Props = { params: Promise<{ gemeente: string; id: string }> };
const fmt = (d: Date | null) => (d ? formatDateTime(d) : "—");

/** One signal: personal fields only for those working the case (each view is audited), history, next step. */
export default async function SignalPage({ params }: Props) {
  const { gemeente, id } = await params;
  const { t } = await getT();
  const tx = t.signalsPages.detail;
  const page = await pageContext(gemeente, tx.title, "signals:work");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  // Another gemeente's id, an unknown id or a signal this role may not see: the 404 page, nothing leaks.
  const s = await getSignal(ctx, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const people = await membersInGroup(ctx, "signalAssignees");
  const p = s.personal;
  const categories = await signalCategories(ctx);
  return (
    <>
      <h1 className="text-3xl font-bold">{signalTitle(categories, s)}</h1>
      <dl className="mt-4 grid max-w-2xl grid-cols-[12rem_1fr] gap-2">
        <dt className="font-semibold">{tx.step}</dt>
        <dd data-testid="signal-status">{t.labels.signalStatus[s.status]}</dd>
        <dt className="font-semibold">{tx.source}</dt>
        <dd>{t.labels.source[s.source]}</dd>
        <dt className="font-semibold">{tx.received}</dt>
        <dd>{fmt(s.createdAt)}</dd>
        <dt className="font-semibold">{tx.wijk}</dt>
        <dd>{s.wijk ?? "—"}</dd>
        <dt className="font-semibold">{tx.category}</dt>
        <dd data-testid="signal-category">{s.category ? categoryLabel(categories, s.category) : tx.notChosen}</dd>
        <dt className="font-semibold">{tx.riskGroup}</dt>
        <dd>{s.riskGroup ? (t.labels.targetGroup[s.riskGroup as RiskGroup] ?? s.riskGroup) : tx.notChosen}</dd>
        {s.dueAt && t.labels.deadline[s.status] && (
          <>
            <dt className="font-semibold">{t.labels.deadline[s.status]}</dt>
            <dd>{fmt(s.dueAt)}</dd>
          </>
        )}
        {s.referralTo && (
          <>
            <dt className="font-semibold">{tx.referralTo}</dt>
            <dd>{s.referralTo}</dd>
          </>
        )}
        {s.outcome && (
          <>
            <dt className="font-semibold">{tx.outcome}</dt>
            <dd>{t.labels.outcome[s.outcome]}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="persoon" className="mt-6 max-w-2xl">
        <h2 id="persoon" className="text-2xl font-bold">
          {tx.personTitle}
        </h2>
        {p ? (
          <dl className="mt-2 grid grid-cols-[12rem_1fr] gap-2">
            <dt className="font-semibold">{tx.name}</dt>
            <dd>{p.residentName ?? "—"}</dd>
            <dt className="font-semibold">{tx.contact}</dt>
            <dd>{p.residentContact ?? "—"}</dd>
            <dt className="font-semibold">{tx.situation}</dt>
            <dd className="whitespace-pre-wrap">{p.situation ?? "—"}</dd>
            {s.visibleFields.includes("reporterName") ? (
              <>
                <dt className="font-semibold">{tx.reporter}</dt>
                <dd>{[p.reporterName, p.reporterContact, p.reporterEmail].filter(Boolean).join(", ") || "—"}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="mt-2">{s.erasedAt ? tx.erased : tx.notVisible}</p>
        )}
        {p && <p className="mt-2 text-sm">{tx.viewLogged}</p>}
      </section>
      <section aria-labelledby="geschiedenis" className="mt-6">
        <h2 id="geschiedenis" className="text-2xl font-bold">
          {tx.history}
        </h2>
        <ol className="mt-2 list-decimal pl-5">
          {s.transitions.map((step) => (
            <li key={step.id}>
              {fmt(step.createdAt)}: {t.labels.signalStatus[step.toStatus as SignalStatus]}
              {step.reason && <> — {step.reason}</>}
            </li>
          ))}
        </ol>
      </section>
      {s.restricted && !s.erasedAt && <p className="mt-6 max-w-2xl font-semibold">{tx.restricted}</p>}
      {s.nextStatuses.length > 0 && (
        <section aria-labelledby="stap" className="mt-6">
          <h2 id="stap" className="text-2xl font-bold">
            {tx.nextStep}
          </h2>
          <TransitionForm
            texts={t.signalsPages.transition}
            action={transitionSignalAction.bind(null, gemeente, s.id)}
            next={s.nextStatuses.map((v) => ({ value: v, label: t.labels.signalStatus[v] }))}
            outcomes={SIGNAL_OUTCOMES.map((v) => ({ value: v, label: t.labels.outcome[v] }))}
            categories={categories.map((c) => ({ value: c.key, label: c.label }))}
            riskGroups={Object.entries(t.labels.targetGroup).map(([value, label]) => ({ value, label }))}
            current={{ category: s.category, riskGroup: s.riskGroup }}
            people={people.map((m) => ({
              id: m.userId,
              role: m.role,
              label: `${m.user.name ?? m.user.email} (${m.role === "VRIJWILLIGER" ? tx.personRoles.volunteer : m.role === "TEAM_WELZIJN" ? tx.personRoles.teamWelzijn : tx.personRoles.teamEenzaamheid})`,
            }))}
          />
        </section>
      )}
    </>
  );
}
