import { authorOf } from "@/modules/engagement/server/forget-person";
import { CelebrateMilestoneButton } from "@/modules/engagement/components/small-actions";
import { NextActionDoneButton } from "@/modules/engagement/components/next-actions";
import { DOUBT_FOUR_EYES_MESSAGE } from "@/modules/engagement/server/doubts";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getT } from "@/i18n/server";
import { DataTable } from "@/components/data-table";
import { EN_FRAGMENTS, EN_MESSAGES } from "@/i18n/en-messages";
import { translateMessage } from "@/i18n/translate-message";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getVestiging } from "@/modules/engagement/server/registry";
import { templateMailDrafts } from "@/modules/engagement/server/templates";
import { TemplateMailForm } from "@/modules/engagement/components/template-mail-form";
import { completeNextActionFormAction, sendTemplateMailAction } from "@/modules/engagement/actions";
import { sectorLabel } from "@/modules/engagement/sectors";
import { describeStepChange, stoppedLabel } from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import * as F from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";
import { membersInGroup, userNames } from "@/modules/users/server/people";

type Props = { params: Promise<{ gemeente: string; id: string }> };

/** The modules' Dutch messages in English (decision 0024): the four-eyes rule is shown on the page, not as a refusal. */
const EN_DICTIONARY = { messages: EN_MESSAGES, fragments: EN_FRAGMENTS };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.detail.metaTitle };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 border-t border-line pt-6">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A named part of a section (a region with its own heading). */
function SubSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h3 id={id} className="text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A form behind a disclosure: the page stays short and scannable; works with the keyboard and without JavaScript. */
function Disclosure({ summary, children, danger }: { summary: string; children: React.ReactNode; danger?: boolean }) {
  return (
    <details className="mt-4">
      <summary
        className={
          danger
            ? "inline-block cursor-pointer rounded border-2 border-danger px-3 py-1 font-semibold text-danger"
            : "cursor-pointer font-semibold text-brand-strong underline"
        }
      >
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** Terms and their values (the summary, the data). */
function Facts({ className, facts }: { className: string; facts: readonly (readonly [term: string, value: ReactNode])[] }) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list of the relation's things, or the words for none; `grid` for items with more than one line. */
function ItemList<T>({
  items,
  none,
  grid,
  children,
}: {
  items: readonly T[];
  none: string;
  grid?: boolean;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="mt-2">{none}</p>;
  return <ul className={grid ? "mt-2 grid max-w-3xl gap-3" : "mt-2 list-disc pl-6"}>{items.map(children)}</ul>;
}

/** One relation: data, contacts, history, contact moments and every action on it. */
export default async function RelationPage({ params }: Props) {
  const { gemeente, id } = await params;
  const { t, locale } = await getT();
  const d = t.engagementPages.detail;
  const { ctx, refusal } = await engagementContext(gemeente, d.title);
  if (!ctx) return refusal;
  let v;
  try {
    v = await getVestiging(ctx, id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  }
  const slug = ctx.gemeente.slug;
  const manage = can(ctx.role, "engagement:manage");
  const userIds = [
    ...new Set(
      [
        v.accountHolderId,
        ...v.stepChanges.map((s) => s.byUserId),
        ...v.contactMoments.flatMap((c) => [c.byUserId, c.nextActionDoneById]),
        ...v.doubts.flatMap((d) => [d.raisedById, d.closedById]),
      ].filter((x): x is string => !!x && !x.startsWith("apikey:")),
    ),
  ];
  const names = await userNames(userIds);
  const who = (uid: string | null, storedName?: string | null) => {
    const author = authorOf(uid, storedName, names);
    return "name" in author ? author.name : author.kind === "api" ? d.viaApi : d.deletedAccount;
  };
  const openDoubts = v.doubts.filter((d) => d.status === "OPEN");
  const drafts = manage ? await templateMailDrafts(ctx, v.id) : [];
  // The next open action (the same rule as "Mijn acties": not done, dated ones first).
  const openActions = v.stoppedAt
    ? []
    : v.contactMoments
        .filter((c) => c.nextAction && !c.nextActionDoneAt)
        .sort((a, b) => (a.nextActionDate?.getTime() ?? Infinity) - (b.nextActionDate?.getTime() ?? Infinity));
  const nextAction = openActions[0];
  const startOfToday = new Date();
  startOfToday.setUTCHours(0, 0, 0, 0);
  const today = new Date().toISOString().slice(0, 10);
  const staff = manage ? await membersInGroup(ctx, "staff") : [];
  // Every form on this page acts on this relation (a doubt's form on its doubt), in this gemeente.
  const on = { slug, id: v.id };
  const sections: [href: string, label: string, shown: boolean][] = [
    ["stap", d.step, manage],
    ["contact", d.contact, true],
    ["bijdragen", d.contributions, manage],
    ["twijfel", d.doubt, true],
    ["gegevens", d.data, true],
    ["geschiedenis", d.history, true],
    ["stilzetten-stoppen", d.parkOrStop, manage],
  ];

  return (
    <>
      <h1 className="text-3xl font-bold">{v.name}</h1>
      <EngagementTabs slug={slug} current="register" />

      <section aria-labelledby="samenvatting" className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-4">
        <h2 id="samenvatting" className="text-2xl font-bold">
          {d.summary}
        </h2>
        <Facts
          className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-lg"
          facts={[
            [
              d.step,
              <>
                {t.labels.step[v.step]}
                {v.parkedAt ? (
                  <>
                    {" "}
                    · <strong>{d.parked}</strong> ({v.parkedReason})
                  </>
                ) : null}
                {v.stoppedAt ? (
                  <>
                    {" "}
                    · <strong className="text-danger">{stoppedLabel(v.stoppedReason, t.labels.stopped)}</strong>{" "}
                    {d.since(formatDate(v.stoppedAt))}
                  </>
                ) : null}
              </>,
            ],
            [
              d.acknowledged,
              v.acknowledgedAt
                ? `${d.acknowledgedOn(formatDate(v.acknowledgedAt))}${v.acknowledgementChannel ? ` (${t.labels.channel[v.acknowledgementChannel]})` : ""}`
                : d.notYet,
            ],
            [
              d.doubt,
              openDoubts.length ? (
                <a href="#twijfel" className="font-semibold text-danger underline">
                  {d.openDoubts(openDoubts.length)}
                </a>
              ) : (
                d.noOpenDoubt
              ),
            ],
            [
              d.nextAction,
              nextAction ? (
                <>
                  {nextAction.nextAction}
                  {nextAction.nextActionDate ? ` (${formatDate(nextAction.nextActionDate)})` : ""}
                  {nextAction.nextActionDate && nextAction.nextActionDate < startOfToday ? (
                    <strong className="ml-2 text-danger">{d.late}</strong>
                  ) : null}
                </>
              ) : (
                d.noOpenAction
              ),
            ],
            [d.accountHolder, who(v.accountHolderId)],
            [d.lastContact, formatDate(v.lastContactAt)],
          ]}
        />
      </section>

      <nav aria-label={d.onThisPage} className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {sections
            .filter(([, , shown]) => shown)
            .map(([href, label]) => (
              <li key={href}>
                <a className="underline" href={`#${href}`}>
                  {label}
                </a>
              </li>
            ))}
        </ul>
      </nav>

      {manage ? (
        <Section id="stap" title={d.step}>
          <p className="mt-2">
            {d.now} <strong>{t.labels.step[v.step]}</strong>.
          </p>
          {!v.acknowledgedAt ? (
            <Disclosure summary={d.acknowledgeSummary}>
              <p className="max-w-3xl">{d.acknowledgeIntro}</p>
              <ActionForm {...on} kind="acknowledge" label={d.acknowledgeForm} fields={F.acknowledgeFields} defaults={{ date: today }} />
            </Disclosure>
          ) : null}
          <Disclosure summary={d.moveSummary}>
            <ActionForm {...on} kind="moveStep" label={d.moveForm} fields={F.moveFields} />
          </Disclosure>
        </Section>
      ) : null}

      <Section id="contact" title={d.contact}>
        <SubSection id="contactpersonen" title={d.contactPersons}>
          <ItemList items={v.contactPersons} none={d.noContactPersons}>
            {(c) => (
              <li key={c.id}>
                {c.name}
                {c.role ? `, ${c.role}` : ""}
                {c.email ? ` — ${c.email}` : ""}
                {c.phone ? ` — ${c.phone}` : ""}
              </li>
            )}
          </ItemList>
          {manage ? (
            <Disclosure summary={d.addContactPerson}>
              <ActionForm {...on} kind="contactPerson" label={d.addContactPerson} fields={F.contactPersonFields} />
            </Disclosure>
          ) : null}
        </SubSection>

        <SubSection id="contactmomenten" title={d.contactMoments}>
          <ItemList items={v.contactMoments} none={d.noContactMoments} grid>
            {(c) => (
              <li key={c.id} className="rounded border border-line p-2">
                <p className="font-semibold">
                  {formatDate(c.at)} — {t.labels.contactKind[c.kind]} — {who(c.byUserId, c.byName)}
                  {c.mailSubject ? ` — ${d.mailSubject(c.mailSubject)}` : ""}
                </p>
                {c.outcome ? (
                  <p>
                    {d.outcome} {c.outcome}
                  </p>
                ) : null}
                {c.nextAction ? (
                  <p>
                    {d.nextActionLabel} {c.nextAction}
                    {c.nextActionDate ? ` (${formatDate(c.nextActionDate)})` : ""}
                    {c.nextActionDoneAt
                      ? ` — ${d.doneOnBy(formatDate(c.nextActionDoneAt), who(c.nextActionDoneById, c.nextActionDoneByName))}`
                      : null}
                    {!c.nextActionDoneAt && manage && !v.stoppedAt ? (
                      <>
                        {" "}
                        <NextActionDoneButton
                          action={completeNextActionFormAction.bind(null, slug, c.id)}
                          what={c.nextAction}
                          texts={t.engagementPages.nextAction}
                        />
                      </>
                    ) : null}
                  </p>
                ) : null}
              </li>
            )}
          </ItemList>
          {manage ? (
            <Disclosure summary={d.contactMomentSummary}>
              <ActionForm {...on} kind="contactMoment" label={d.contactMomentForm} fields={F.contactMomentFields} />
            </Disclosure>
          ) : null}
        </SubSection>

        {manage ? (
          <SubSection id="mail" title={d.mailTitle}>
            <p className="mt-2 max-w-3xl">{d.mailIntro}</p>
            <Disclosure summary={d.mailSummary}>
              <TemplateMailForm
                action={sendTemplateMailAction.bind(null, slug, v.id)}
                slug={slug}
                vestigingId={v.id}
                drafts={drafts.map((draft) => ({ ...draft, label: t.labels.template[draft.key] }))}
                defaultTo={v.contactPersons.find((c) => c.email)?.email ?? ""}
                fieldNames={t.engagementPages.mergeFields}
                texts={t.engagementPages.templateMail}
              />
            </Disclosure>
          </SubSection>
        ) : null}
      </Section>

      {manage ? (
        <Section id="bijdragen" title={d.contributions}>
          <ItemList items={v.contributions} none={d.noContributions}>
            {(c) => (
              <li key={c.id}>
                {t.labels.contribution[c.type]}
                {c.description ? `: ${c.description}` : ""}
              </li>
            )}
          </ItemList>
          <Disclosure summary={d.addContribution}>
            <ActionForm {...on} kind="contribution" label={d.addContribution} fields={F.contributionFields} />
          </Disclosure>

          <SubSection id="motieven" title={d.motivesTitle}>
            <p className="mt-2">
              {d.motivesLine(
                v.motives.map((m) => t.labels.motive[m]).join(", ") || "—",
                v.fiveMs.map((m) => t.labels.fiveM[m]).join(", ") || "—",
              )}
            </p>
            <Disclosure summary={d.motivesSummary}>
              <ActionForm
                {...on}
                kind="motives"
                label={d.motivesForm}
                fields={F.motivesFields}
                defaults={{ motives: v.motives, fiveMs: v.fiveMs }}
              />
            </Disclosure>
          </SubSection>

          <SubSection id="mijlpalen" title={d.milestones}>
            <ItemList items={v.milestones} none={d.noMilestones}>
              {(m) => (
                <li key={m.id}>
                  {formatDate(m.achievedAt)}: {m.title}
                  <CelebrateMilestoneButton
                    slug={slug}
                    id={m.id}
                    title={m.title}
                    celebrated={m.celebrated}
                    texts={t.engagementPages.smallActions}
                  />
                </li>
              )}
            </ItemList>
            <Disclosure summary={d.addMilestone}>
              <ActionForm {...on} kind="milestone" label={d.addMilestone} fields={F.milestoneFields} defaults={{ achievedAt: today }} />
            </Disclosure>
          </SubSection>
        </Section>
      ) : null}

      <Section id="twijfel" title={d.doubtTitle}>
        <ItemList items={v.doubts} none={d.noDoubts} grid>
          {(doubt) => (
            <li key={doubt.id} className="rounded border border-line p-2">
              <p>
                <strong>{doubt.status === "OPEN" ? d.doubtOpen : d.doubtClosed}</strong> —{" "}
                {d.raisedBy(formatDate(doubt.raisedAt), who(doubt.raisedById, doubt.raisedByName))}: {doubt.reason}
              </p>
              {doubt.status !== "OPEN" ? (
                <p>
                  {d.decision} {doubt.decision === "CONTINUE" ? d.decisionContinue : d.decisionStop}
                  {doubt.closedAt ? ` ${d.closedOn(formatDate(doubt.closedAt))}` : ""}{" "}
                  {d.closedBy(who(doubt.closedById, doubt.closedByName))} — {doubt.decisionNote}
                </p>
              ) : null}
              {doubt.status === "OPEN" && manage && doubt.raisedById && doubt.raisedById === ctx.userId ? (
                <p className="mt-1">{translateMessage(DOUBT_FOUR_EYES_MESSAGE, locale, EN_DICTIONARY)}</p>
              ) : doubt.status === "OPEN" && manage ? (
                <ActionForm slug={slug} id={doubt.id} kind="closeDoubt" label={d.closeDoubt} fields={F.closeDoubtFields} />
              ) : null}
            </li>
          )}
        </ItemList>
        <Disclosure summary={d.raiseDoubt}>
          <ActionForm {...on} kind="raiseDoubt" label={d.raiseDoubt} fields={F.raiseDoubtFields} />
        </Disclosure>
      </Section>

      <Section id="gegevens" title={d.data}>
        <Facts
          className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2"
          facts={[
            [d.organisation, v.organisation?.name ?? "—"],
            [d.sector, sectorLabel(v.sector, t.labels.sector)],
            [d.address, v.address ?? "—"],
            [d.wijk, v.wijk ?? "—"],
            [d.leadSource, v.leadSource ? t.labels.leadSource[v.leadSource] : "—"],
            [d.publicDescription, v.publicDescription ?? "—"],
          ]}
        />
        {manage ? (
          <Disclosure summary={d.editData}>
            <ActionForm
              {...on}
              kind="updateVestiging"
              label={d.editData}
              fields={F.updateVestigingFields(staff.map((m) => [m.user.id, m.user.name] as const))}
              defaults={{
                name: v.name,
                sector: v.sector,
                address: v.address ?? "",
                wijk: v.wijk ?? "",
                leadSource: v.leadSource ?? undefined,
                publicDescription: v.publicDescription ?? "",
                accountHolderId: v.accountHolderId ?? undefined,
              }}
            />
          </Disclosure>
        ) : null}
      </Section>

      <Section id="geschiedenis" title={d.history}>
        {v.stepChanges.length === 0 ? (
          <p className="mt-2">{d.noChanges}</p>
        ) : (
          <DataTable className="mt-2" caption={d.historyCaption} columns={[d.when, d.what, d.who, d.why]}>
            {v.stepChanges.map((s) => (
              <tr key={s.id} className="border-b border-line">
                <td className="py-2 pr-4">{formatDate(s.at)}</td>
                <td className="py-2 pr-4">{describeStepChange(s, t.labels.stepChange, t.labels.step)}</td>
                <td className="py-2 pr-4">{who(s.byUserId, s.byName)}</td>
                <td className="py-2 pr-4">{s.reason ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      {manage ? (
        <Section id="stilzetten-stoppen" title={d.parkOrStop}>
          {v.parkedAt ? (
            <Disclosure key="revive" summary={d.revive}>
              <ActionForm {...on} kind="revive" label={d.revive} fields={F.reasonFields} />
            </Disclosure>
          ) : !v.stoppedAt ? (
            <Disclosure key="park" summary={d.park}>
              <p className="max-w-3xl">{d.parkIntro}</p>
              <ActionForm {...on} kind="park" label={d.park} fields={F.reasonFields} />
            </Disclosure>
          ) : null}
          {v.stoppedAt ? (
            <Disclosure key="restart" summary={d.restart}>
              <ActionForm {...on} kind="restart" label={d.restart} fields={F.reasonFields} />
            </Disclosure>
          ) : (
            <Disclosure key="stop" summary={d.stopSummary} danger>
              <div className="max-w-3xl rounded border-2 border-danger p-4">
                <p className="font-semibold text-danger">{d.stopWarning}</p>
                <p className="mt-1">{d.stopExplained(v.name)}</p>
                <p className="mt-1">{d.stopSure}</p>
                <ActionForm {...on} kind="stop" label={d.stopForm} submit={d.stopSubmit} danger fields={F.reasonFields} />
              </div>
            </Disclosure>
          )}
        </Section>
      ) : null}
    </>
  );
}
