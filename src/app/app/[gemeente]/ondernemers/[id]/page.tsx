import { authorLabel } from "@/modules/engagement/server/forget-person";
import { CelebrateMilestoneButton } from "@/modules/engagement/components/small-actions";
import { NextActionDoneButton } from "@/modules/engagement/components/next-actions";
import { DOUBT_FOUR_EYES_MESSAGE } from "@/modules/engagement/server/doubts";
import { notFound } from "next/navigation";
import { can, ROLE_GROUPS } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { getVestiging } from "@/modules/engagement/server/registry";
import { templateMailDrafts } from "@/modules/engagement/server/templates";
import { TemplateMailForm } from "@/modules/engagement/components/template-mail-form";
import { SECTORS } from "@/modules/engagement/sectors";
import {
  CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  CONTRIBUTION_LABELS,
  FIVE_M_LABELS,
  LEAD_SOURCE_LABELS,
  MOTIVE_LABELS,
  STEP_LABELS,
  describeStepChange,
  stoppedLabel,
} from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import * as F from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string; id: string }> };

export async function generateMetadata() {
  return { title: "Ondernemer — Ondernemers" };
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
  const { ctx, refusal } = await engagementContext(gemeente, "Ondernemer");
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
  const users = userIds.length
    ? await platformDb().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
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
  const staff = manage
    ? await ctx.run((db) =>
        db.membership.findMany({
          where: { role: { in: [...ROLE_GROUPS.staff] } },
          select: { user: { select: { id: true, name: true } } },
          orderBy: { user: { name: "asc" } },
        }),
      )
    : [];

  return (
    <>
      <h1 className="text-3xl font-bold">{v.name}</h1>
      <EngagementTabs slug={slug} current="register" />

      <section aria-labelledby="samenvatting" className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-4">
        <h2 id="samenvatting" className="text-2xl font-bold">
          Samenvatting
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-lg">
          <dt className="font-semibold">Stap</dt>
          <dd>
            {STEP_LABELS[v.step]}
            {v.parkedAt ? (
              <>
                {" "}
                · <strong>Stilgezet</strong> ({v.parkedReason})
              </>
            ) : null}
            {v.stoppedAt ? (
              <>
                {" "}
                · <strong className="text-danger">{stoppedLabel(v.stoppedReason)}</strong> sinds {formatDate(v.stoppedAt)}
              </>
            ) : null}
          </dd>
          <dt className="font-semibold">Vrijwilligheid bevestigd</dt>
          <dd>
            {v.acknowledgedAt
              ? `Ja, op ${formatDate(v.acknowledgedAt)}${v.acknowledgementChannel ? ` (${CHANNEL_LABELS[v.acknowledgementChannel]})` : ""}`
              : "Nog niet"}
          </dd>
          <dt className="font-semibold">Twijfel</dt>
          <dd>
            {openDoubts.length ? (
              <a href="#twijfel" className="font-semibold text-danger underline">
                {openDoubts.length === 1 ? "1 twijfel open" : `${openDoubts.length} twijfels open`}
              </a>
            ) : (
              "Geen open twijfel"
            )}
          </dd>
          <dt className="font-semibold">Volgende actie</dt>
          <dd>
            {nextAction ? (
              <>
                {nextAction.nextAction}
                {nextAction.nextActionDate ? ` (${formatDate(nextAction.nextActionDate)})` : ""}
                {nextAction.nextActionDate && nextAction.nextActionDate < startOfToday ? (
                  <strong className="ml-2 text-danger">Te laat</strong>
                ) : null}
              </>
            ) : (
              "Geen open actie"
            )}
          </dd>
          <dt className="font-semibold">Vaste contactpersoon</dt>
          <dd>{who(v.accountHolderId)}</dd>
          <dt className="font-semibold">Laatste contact</dt>
          <dd>{formatDate(v.lastContactAt)}</dd>
        </dl>
      </section>

      <nav aria-label="Op deze pagina" className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {manage ? (
            <li>
              <a className="underline" href="#stap">
                Stap
              </a>
            </li>
          ) : null}
          <li>
            <a className="underline" href="#contact">
              Contact
            </a>
          </li>
          {manage ? (
            <li>
              <a className="underline" href="#bijdragen">
                Bijdragen
              </a>
            </li>
          ) : null}
          <li>
            <a className="underline" href="#twijfel">
              Twijfel
            </a>
          </li>
          <li>
            <a className="underline" href="#gegevens">
              Gegevens
            </a>
          </li>
          <li>
            <a className="underline" href="#geschiedenis">
              Geschiedenis
            </a>
          </li>
          {manage ? (
            <li>
              <a className="underline" href="#stilzetten-stoppen">
                Stilzetten of stoppen
              </a>
            </li>
          ) : null}
        </ul>
      </nav>

      {manage ? (
        <Section id="stap" title="Stap">
          <p className="mt-2">
            Nu: <strong>{STEP_LABELS[v.step]}</strong>.
          </p>
          {!v.acknowledgedAt ? (
            <Disclosure summary="Bevestiging van vrijwilligheid vastleggen">
              <p className="max-w-3xl">
                Leg vast wanneer en hoe de ondernemer heeft gezegd dat zij vrijwillig meedoet. Pas daarna kan de relatie naar vasthouden.
              </p>
              <ActionForm
                kind="acknowledge"
                slug={slug}
                id={v.id}
                label="Bevestiging vastleggen"
                fields={F.acknowledgeFields}
                defaults={{ date: today }}
              />
            </Disclosure>
          ) : null}
          <Disclosure summary="Naar een andere stap verplaatsen">
            <ActionForm kind="moveStep" slug={slug} id={v.id} label="Verplaatsen" fields={F.moveFields} />
          </Disclosure>
        </Section>
      ) : null}

      <Section id="contact" title="Contact">
        <SubSection id="contactpersonen" title="Contactpersonen">
          {v.contactPersons.length === 0 ? (
            <p className="mt-2">Nog geen contactpersonen.</p>
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
            <Disclosure summary="Contactpersoon toevoegen">
              <ActionForm kind="contactPerson" slug={slug} id={v.id} label="Contactpersoon toevoegen" fields={F.contactPersonFields} />
            </Disclosure>
          ) : null}
        </SubSection>

        <SubSection id="contactmomenten" title="Contactmomenten">
          {v.contactMoments.length === 0 ? (
            <p className="mt-2">Nog geen contactmomenten.</p>
          ) : (
            <ul className="mt-2 grid max-w-3xl gap-3">
              {v.contactMoments.map((c) => (
                <li key={c.id} className="rounded border border-line p-2">
                  <p className="font-semibold">
                    {formatDate(c.at)} — {CONTACT_KIND_LABELS[c.kind]} — {who(c.byUserId, c.byName)}
                    {c.mailSubject ? ` — mail: ${c.mailSubject}` : ""}
                  </p>
                  {c.outcome ? <p>Uitkomst: {c.outcome}</p> : null}
                  {c.nextAction ? (
                    <p>
                      Volgende actie: {c.nextAction}
                      {c.nextActionDate ? ` (${formatDate(c.nextActionDate)})` : ""}
                      {c.nextActionDoneAt
                        ? ` — gedaan op ${formatDate(c.nextActionDoneAt)} door ${who(c.nextActionDoneById, c.nextActionDoneByName)}`
                        : null}
                      {!c.nextActionDoneAt && manage && !v.stoppedAt ? (
                        <>
                          {" "}
                          <NextActionDoneButton slug={slug} id={c.id} what={c.nextAction} />
                        </>
                      ) : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {manage ? (
            <Disclosure summary="Nieuw contactmoment vastleggen (gespreksstarter)">
              <ActionForm kind="contactMoment" slug={slug} id={v.id} label="Contactmoment vastleggen" fields={F.contactMomentFields} />
            </Disclosure>
          ) : null}
        </SubSection>

        {manage ? (
          <SubSection id="mail" title="Mail sturen">
            <p className="mt-2 max-w-3xl">
              Kies een sjabloon en vul de velden in. Je ziet meteen de mail zoals hij verstuurd wordt. Verstuur hem via Samenkracht, of
              kopieer de tekst naar je eigen mailprogramma.
            </p>
            <Disclosure summary="Mail opstellen">
              <TemplateMailForm
                slug={slug}
                vestigingId={v.id}
                drafts={drafts}
                defaultTo={v.contactPersons.find((c) => c.email)?.email ?? ""}
              />
            </Disclosure>
          </SubSection>
        ) : null}
      </Section>

      {manage ? (
        <Section id="bijdragen" title="Bijdragen">
          {v.contributions.length === 0 ? (
            <p className="mt-2">Nog geen bijdragen.</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {v.contributions.map((c) => (
                <li key={c.id}>
                  {CONTRIBUTION_LABELS[c.type]}
                  {c.description ? `: ${c.description}` : ""}
                </li>
              ))}
            </ul>
          )}
          <Disclosure summary="Bijdrage toevoegen">
            <ActionForm kind="contribution" slug={slug} id={v.id} label="Bijdrage toevoegen" fields={F.contributionFields} />
          </Disclosure>

          <SubSection id="motieven" title="Motieven en 5 M's">
            <p className="mt-2">
              Motieven: {v.motives.map((m) => MOTIVE_LABELS[m]).join(", ") || "—"}. 5 M&apos;s:{" "}
              {v.fiveMs.map((m) => FIVE_M_LABELS[m]).join(", ") || "—"}.
            </p>
            <Disclosure summary="Motieven en 5 M's wijzigen">
              <ActionForm
                kind="motives"
                slug={slug}
                id={v.id}
                label="Motieven en 5 M's"
                fields={F.motivesFields}
                defaults={{ motives: v.motives, fiveMs: v.fiveMs }}
              />
            </Disclosure>
          </SubSection>

          <SubSection id="mijlpalen" title="Mijlpalen">
            {v.milestones.length === 0 ? (
              <p className="mt-2">Nog geen mijlpalen.</p>
            ) : (
              <ul className="mt-2 list-disc pl-6">
                {v.milestones.map((m) => (
                  <li key={m.id}>
                    {formatDate(m.achievedAt)}: {m.title}
                    <CelebrateMilestoneButton slug={slug} id={m.id} title={m.title} celebrated={m.celebrated} />
                  </li>
                ))}
              </ul>
            )}
            <Disclosure summary="Mijlpaal toevoegen">
              <ActionForm
                kind="milestone"
                slug={slug}
                id={v.id}
                label="Mijlpaal toevoegen"
                fields={F.milestoneFields}
                defaults={{ achievedAt: today }}
              />
            </Disclosure>
          </SubSection>
        </Section>
      ) : null}

      <Section id="twijfel" title="Twijfel (bij twijfel: niet doen)">
        {v.doubts.length === 0 ? (
          <p className="mt-2">Er is geen twijfel gemeld.</p>
        ) : (
          <ul className="mt-2 grid max-w-3xl gap-3">
            {v.doubts.map((d) => (
              <li key={d.id} className="rounded border border-line p-2">
                <p>
                  <strong>{d.status === "OPEN" ? "Open" : "Gesloten"}</strong> — {formatDate(d.raisedAt)} door{" "}
                  {who(d.raisedById, d.raisedByName)}: {d.reason}
                </p>
                {d.status !== "OPEN" ? (
                  <p>
                    Besluit: {d.decision === "CONTINUE" ? "doorgaan" : "stoppen"}
                    {d.closedAt ? ` op ${formatDate(d.closedAt)}` : ""} door {who(d.closedById, d.closedByName)} — {d.decisionNote}
                  </p>
                ) : null}
                {d.status === "OPEN" && manage && d.raisedById && d.raisedById === ctx.userId ? (
                  <p className="mt-1">{DOUBT_FOUR_EYES_MESSAGE}</p>
                ) : d.status === "OPEN" && manage ? (
                  <ActionForm kind="closeDoubt" slug={slug} id={d.id} label="Twijfel afsluiten" fields={F.closeDoubtFields} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <Disclosure summary="Twijfel melden">
          <ActionForm kind="raiseDoubt" slug={slug} id={v.id} label="Twijfel melden" fields={F.raiseDoubtFields} />
        </Disclosure>
      </Section>

      <Section id="gegevens" title="Gegevens">
        <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">Organisatie</dt>
          <dd>{v.organisation?.name ?? "—"}</dd>
          <dt className="font-semibold">Sector</dt>
          <dd>{SECTORS.find((s) => s.key === v.sector)?.label ?? v.sector}</dd>
          <dt className="font-semibold">Adres</dt>
          <dd>{v.address ?? "—"}</dd>
          <dt className="font-semibold">Wijk</dt>
          <dd>{v.wijk ?? "—"}</dd>
          <dt className="font-semibold">Hoe ontstaan</dt>
          <dd>{v.leadSource ? LEAD_SOURCE_LABELS[v.leadSource] : "—"}</dd>
          <dt className="font-semibold">Openbare beschrijving</dt>
          <dd>{v.publicDescription ?? "—"}</dd>
        </dl>
        {manage ? (
          <Disclosure summary="Gegevens wijzigen">
            <ActionForm
              kind="updateVestiging"
              slug={slug}
              id={v.id}
              label="Gegevens wijzigen"
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

      <Section id="geschiedenis" title="Geschiedenis">
        {v.stepChanges.length === 0 ? (
          <p className="mt-2">Nog geen wijzigingen.</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">Wie wat wanneer en waarom veranderde</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Wanneer
                </th>
                <th scope="col" className="py-2 pr-4">
                  Wat
                </th>
                <th scope="col" className="py-2 pr-4">
                  Wie
                </th>
                <th scope="col" className="py-2 pr-4">
                  Waarom
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
        <Section id="stilzetten-stoppen" title="Stilzetten of stoppen">
          {v.parkedAt ? (
            <Disclosure key="revive" summary="Weer oppakken">
              <ActionForm kind="revive" slug={slug} id={v.id} label="Weer oppakken" fields={F.reasonFields} />
            </Disclosure>
          ) : !v.stoppedAt ? (
            <Disclosure key="park" summary="Even stilzetten">
              <p className="max-w-3xl">Even niet verder, wel later: de relatie blijft bestaan en je kunt haar weer oppakken.</p>
              <ActionForm kind="park" slug={slug} id={v.id} label="Even stilzetten" fields={F.reasonFields} />
            </Disclosure>
          ) : null}
          {v.stoppedAt ? (
            <Disclosure key="restart" summary="Opnieuw beginnen">
              <ActionForm kind="restart" slug={slug} id={v.id} label="Opnieuw beginnen" fields={F.reasonFields} />
            </Disclosure>
          ) : (
            <Disclosure key="stop" summary="Samenwerking stoppen…" danger>
              <div className="max-w-3xl rounded border-2 border-danger p-4">
                <p className="font-semibold text-danger">Let op: dit is een zware stap.</p>
                <p className="mt-1">
                  Stoppen gaat direct. {v.name} verdwijnt uit het openbare register en uit de stappen, en open acties vervallen. Opnieuw
                  beginnen kan later; een actieve samenwerking begint dan weer bij Verbinden, met een nieuwe bevestiging.
                </p>
                <p className="mt-1">Weet je het zeker? Schrijf de reden op en bevestig.</p>
                <ActionForm
                  kind="stop"
                  slug={slug}
                  id={v.id}
                  label="Samenwerking stoppen"
                  submit="Ja, samenwerking stoppen"
                  danger
                  fields={F.reasonFields}
                />
              </div>
            </Disclosure>
          )}
        </Section>
      ) : null}
    </>
  );
}
