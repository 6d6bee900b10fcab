import { authorLabel } from "@/modules/engagement/server/forget-person";
import { CelebrateMilestoneButton } from "@/modules/engagement/components/small-actions";
import { NextActionDoneButton } from "@/modules/engagement/components/next-actions";
import { DOUBT_FOUR_EYES_MESSAGE } from "@/modules/engagement/server/doubts";
import { notFound } from "next/navigation";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getVestiging } from "@/modules/engagement/server/registry";
import { templateMailDrafts } from "@/modules/engagement/server/templates";
import { TemplateMailForm } from "@/modules/engagement/components/template-mail-form";
import { completeNextActionFormAction, sendTemplateMailAction } from "@/modules/engagement/actions";
import { SECTORS } from "@/modules/engagement/sectors";
import { describeStepChange, stoppedLabel } from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import * as F from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";
import { membersInGroup, userNames } from "@/modules/users/server/people";

type Props = { params: Promise<{ gemeente: string; id: string }> };

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

/** One relation: data, contacts, history, contact moments and every action on it. */
export default async function RelationPage({ params }: Props) {
  const { gemeente, id } = await params;
  const { t } = await getT();
  const d = t.engagementPages.detail;
  const formTexts = t.engagementPages.actionForm;
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
  const who = (uid: string | null, storedName?: string | null) => authorLabel(uid, storedName, names);
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

  return (
    <>
      <h1 className="text-3xl font-bold">{v.name}</h1>
      <EngagementTabs slug={slug} current="register" />

      <section aria-labelledby="samenvatting" className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-4">
        <h2 id="samenvatting" className="text-2xl font-bold">
          {d.summary}
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-lg">
          <dt className="font-semibold">{d.step}</dt>
          <dd>
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
                · <strong className="text-danger">{stoppedLabel(v.stoppedReason)}</strong> {d.since(formatDate(v.stoppedAt))}
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">{d.acknowledged}</dt>
          <dd>
            {v.acknowledgedAt
              ? `${d.acknowledgedOn(formatDate(v.acknowledgedAt))}${v.acknowledgementChannel ? ` (${t.labels.channel[v.acknowledgementChannel]})` : ""}`
              : d.notYet}
          </dd>
          <dt className="font-semibold">{d.doubt}</dt>
          <dd>
            {openDoubts.length ? (
              <a href="#twijfel" className="font-semibold text-danger underline">
                {d.openDoubts(openDoubts.length)}
              </a>
            ) : (
              d.noOpenDoubt
            )}
          </dd>
          <dt className="font-semibold">{d.nextAction}</dt>
          <dd>
            {nextAction ? (
              <>
                {nextAction.nextAction}
                {nextAction.nextActionDate ? ` (${formatDate(nextAction.nextActionDate)})` : ""}
                {nextAction.nextActionDate && nextAction.nextActionDate < startOfToday ? (
                  <strong className="ml-2 text-danger">{d.late}</strong>
                ) : null}
              </>
            ) : (
              d.noOpenAction
            )}
          </dd>
          <dt className="font-semibold">{d.accountHolder}</dt>
          <dd>{who(v.accountHolderId)}</dd>
          <dt className="font-semibold">{d.lastContact}</dt>
          <dd>{formatDate(v.lastContactAt)}</dd>
        </dl>
      </section>

      <nav aria-label={d.onThisPage} className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {manage ? (
            <li>
              <a className="underline" href="#stap">
                {d.step}
              </a>
            </li>
          ) : null}
          <li>
            <a className="underline" href="#contact">
              {d.contact}
            </a>
          </li>
          {manage ? (
            <li>
              <a className="underline" href="#bijdragen">
                {d.contributions}
              </a>
            </li>
          ) : null}
          <li>
            <a className="underline" href="#twijfel">
              {d.doubt}
            </a>
          </li>
          <li>
            <a className="underline" href="#gegevens">
              {d.data}
            </a>
          </li>
          <li>
            <a className="underline" href="#geschiedenis">
              {d.history}
            </a>
          </li>
          {manage ? (
            <li>
              <a className="underline" href="#stilzetten-stoppen">
                {d.parkOrStop}
              </a>
            </li>
          ) : null}
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
              <ActionForm
                kind="acknowledge"
                slug={slug}
                id={v.id}
                label={d.acknowledgeForm}
                fields={F.acknowledgeFields}
                defaults={{ date: today }}
                texts={formTexts}
              />
            </Disclosure>
          ) : null}
          <Disclosure summary={d.moveSummary}>
            <ActionForm kind="moveStep" slug={slug} id={v.id} label={d.moveForm} fields={F.moveFields} texts={formTexts} />
          </Disclosure>
        </Section>
      ) : null}

      <Section id="contact" title={d.contact}>
        <SubSection id="contactpersonen" title={d.contactPersons}>
          {v.contactPersons.length === 0 ? (
            <p className="mt-2">{d.noContactPersons}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {v.contactPersons.map((c) => (
                <li key={c.id}>
                  {c.name}
                  {c.role ? `, ${c.role}` : ""}
                  {c.email ? ` — ${c.email}` : ""}
                  {c.phone ? ` — ${c.phone}` : ""}
                </li>
              ))}
            </ul>
          )}
          {manage ? (
            <Disclosure summary={d.addContactPerson}>
              <ActionForm
                kind="contactPerson"
                slug={slug}
                id={v.id}
                label={d.addContactPerson}
                fields={F.contactPersonFields}
                texts={formTexts}
              />
            </Disclosure>
          ) : null}
        </SubSection>

        <SubSection id="contactmomenten" title={d.contactMoments}>
          {v.contactMoments.length === 0 ? (
            <p className="mt-2">{d.noContactMoments}</p>
          ) : (
            <ul className="mt-2 grid max-w-3xl gap-3">
              {v.contactMoments.map((c) => (
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
              ))}
            </ul>
          )}
          {manage ? (
            <Disclosure summary={d.contactMomentSummary}>
              <ActionForm
                kind="contactMoment"
                slug={slug}
                id={v.id}
                label={d.contactMomentForm}
                fields={F.contactMomentFields}
                texts={formTexts}
              />
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
                drafts={drafts}
                defaultTo={v.contactPersons.find((c) => c.email)?.email ?? ""}
                texts={t.engagementPages.templateMail}
              />
            </Disclosure>
          </SubSection>
        ) : null}
      </Section>

      {manage ? (
        <Section id="bijdragen" title={d.contributions}>
          {v.contributions.length === 0 ? (
            <p className="mt-2">{d.noContributions}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {v.contributions.map((c) => (
                <li key={c.id}>
                  {t.labels.contribution[c.type]}
                  {c.description ? `: ${c.description}` : ""}
                </li>
              ))}
            </ul>
          )}
          <Disclosure summary={d.addContribution}>
            <ActionForm
              kind="contribution"
              slug={slug}
              id={v.id}
              label={d.addContribution}
              fields={F.contributionFields}
              texts={formTexts}
            />
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
                kind="motives"
                slug={slug}
                id={v.id}
                label={d.motivesForm}
                fields={F.motivesFields}
                defaults={{ motives: v.motives, fiveMs: v.fiveMs }}
                texts={formTexts}
              />
            </Disclosure>
          </SubSection>

          <SubSection id="mijlpalen" title={d.milestones}>
            {v.milestones.length === 0 ? (
              <p className="mt-2">{d.noMilestones}</p>
            ) : (
              <ul className="mt-2 list-disc pl-6">
                {v.milestones.map((m) => (
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
                ))}
              </ul>
            )}
            <Disclosure summary={d.addMilestone}>
              <ActionForm
                kind="milestone"
                slug={slug}
                id={v.id}
                label={d.addMilestone}
                fields={F.milestoneFields}
                defaults={{ achievedAt: today }}
                texts={formTexts}
              />
            </Disclosure>
          </SubSection>
        </Section>
      ) : null}

      <Section id="twijfel" title={d.doubtTitle}>
        {v.doubts.length === 0 ? (
          <p className="mt-2">{d.noDoubts}</p>
        ) : (
          <ul className="mt-2 grid max-w-3xl gap-3">
            {v.doubts.map((doubt) => (
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
                  <p className="mt-1">{DOUBT_FOUR_EYES_MESSAGE}</p>
                ) : doubt.status === "OPEN" && manage ? (
                  <ActionForm
                    kind="closeDoubt"
                    slug={slug}
                    id={doubt.id}
                    label={d.closeDoubt}
                    fields={F.closeDoubtFields}
                    texts={formTexts}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <Disclosure summary={d.raiseDoubt}>
          <ActionForm kind="raiseDoubt" slug={slug} id={v.id} label={d.raiseDoubt} fields={F.raiseDoubtFields} texts={formTexts} />
        </Disclosure>
      </Section>

      <Section id="gegevens" title={d.data}>
        <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{d.organisation}</dt>
          <dd>{v.organisation?.name ?? "—"}</dd>
          <dt className="font-semibold">{d.sector}</dt>
          <dd>{SECTORS.find((s) => s.key === v.sector)?.label ?? v.sector}</dd>
          <dt className="font-semibold">{d.address}</dt>
          <dd>{v.address ?? "—"}</dd>
          <dt className="font-semibold">{d.wijk}</dt>
          <dd>{v.wijk ?? "—"}</dd>
          <dt className="font-semibold">{d.leadSource}</dt>
          <dd>{v.leadSource ? t.labels.leadSource[v.leadSource] : "—"}</dd>
          <dt className="font-semibold">{d.publicDescription}</dt>
          <dd>{v.publicDescription ?? "—"}</dd>
        </dl>
        {manage ? (
          <Disclosure summary={d.editData}>
            <ActionForm
              kind="updateVestiging"
              slug={slug}
              id={v.id}
              label={d.editData}
              texts={formTexts}
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
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">{d.historyCaption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  {d.when}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {d.what}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {d.who}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {d.why}
                </th>
              </tr>
            </thead>
            <tbody>
              {v.stepChanges.map((s) => (
                <tr key={s.id} className="border-b border-line">
                  <td className="py-2 pr-4">{formatDate(s.at)}</td>
                  <td className="py-2 pr-4">{describeStepChange(s)}</td>
                  <td className="py-2 pr-4">{who(s.byUserId, s.byName)}</td>
                  <td className="py-2 pr-4">{s.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      {manage ? (
        <Section id="stilzetten-stoppen" title={d.parkOrStop}>
          {v.parkedAt ? (
            <Disclosure key="revive" summary={d.revive}>
              <ActionForm kind="revive" slug={slug} id={v.id} label={d.revive} fields={F.reasonFields} texts={formTexts} />
            </Disclosure>
          ) : !v.stoppedAt ? (
            <Disclosure key="park" summary={d.park}>
              <p className="max-w-3xl">{d.parkIntro}</p>
              <ActionForm kind="park" slug={slug} id={v.id} label={d.park} fields={F.reasonFields} texts={formTexts} />
            </Disclosure>
          ) : null}
          {v.stoppedAt ? (
            <Disclosure key="restart" summary={d.restart}>
              <ActionForm kind="restart" slug={slug} id={v.id} label={d.restart} fields={F.reasonFields} texts={formTexts} />
            </Disclosure>
          ) : (
            <Disclosure key="stop" summary={d.stopSummary} danger>
              <div className="max-w-3xl rounded border-2 border-danger p-4">
                <p className="font-semibold text-danger">{d.stopWarning}</p>
                <p className="mt-1">{d.stopExplained(v.name)}</p>
                <p className="mt-1">{d.stopSure}</p>
                <ActionForm
                  kind="stop"
                  slug={slug}
                  id={v.id}
                  label={d.stopForm}
                  submit={d.stopSubmit}
                  danger
                  fields={F.reasonFields}
                  texts={formTexts}
                />
              </div>
            </Disclosure>
          )}
        </Section>
      ) : null}
    </>
  );
}
