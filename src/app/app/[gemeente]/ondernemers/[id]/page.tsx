import { authorLabel } from "@/modules/engagement/server/forget-person";
import { CelebrateMilestoneButton, LogCopiedMailButton } from "@/modules/engagement/components/small-actions";
import { DOUBT_FOUR_EYES_MESSAGE } from "@/modules/engagement/server/doubts";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { getVestiging } from "@/modules/engagement/server/registry";
import { renderTemplateFor } from "@/modules/engagement/server/templates";
import { SECTORS } from "@/modules/engagement/sectors";
import {
  CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  CONTRIBUTION_LABELS,
  FIVE_M_LABELS,
  LEAD_SOURCE_LABELS,
  MOTIVE_LABELS,
  STEP_LABELS,
  TEMPLATE_LABELS,
} from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import * as F from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string; id: string }> };

export async function generateMetadata() {
  return { title: "Ondernemer — Ondernemers" };
}

const KIND_LABELS: Record<string, string> = {
  MOVE: "Verplaatst",
  PROMOTE: "In de pijplijn gezet",
  PARK: "Geparkeerd",
  REVIVE: "Weer opgepakt",
  ACKNOWLEDGE: "Vrijwilligheid bevestigd",
  STOP: "Gestopt",
  RESTART: "Opnieuw begonnen",
};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">{title}</h2>
      {children}
    </section>
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
      [v.accountHolderId, ...v.stepChanges.map((s) => s.byUserId), ...v.contactMoments.map((c) => c.byUserId), ...v.doubts.flatMap((d) => [d.raisedById, d.closedById])].filter(
        (x): x is string => !!x && !x.startsWith("apikey:"),
      ),
    ),
  ];
  const users = userIds.length ? await platformDb().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const who = (uid: string | null, storedName?: string | null) => authorLabel(uid, storedName, names);
  const openDoubts = v.doubts.filter((d) => d.status === "OPEN");
  const mails = manage
    ? await Promise.all((["COLLEGAS", "ONDERNEMERS"] as const).map((k) => renderTemplateFor(ctx, k, v.id)))
    : [];
  const today = new Date().toISOString().slice(0, 10);
  const staff = manage
    ? await ctx.run((db) =>
        db.membership.findMany({
          where: { role: { in: ["AMBTENAAR", "REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"] } },
          select: { user: { select: { id: true, name: true } } },
          orderBy: { user: { name: "asc" } },
        }),
      )
    : [];

  return (
    <>
      <h1 className="text-3xl font-bold">{v.name}</h1>
      <EngagementTabs slug={slug} current="register" />
      <div role="status" className="mt-4 text-lg">
        <p>
          Stap: <strong>{STEP_LABELS[v.step]}</strong>
          {v.parkedAt ? <> · <strong>Geparkeerd</strong> ({v.parkedReason})</> : null}
          {v.stoppedAt ? <> · <strong>Gestopt</strong> op {formatDate(v.stoppedAt)}</> : null}
          {openDoubts.length ? <> · <strong>Twijfel open</strong></> : null}
        </p>
      </div>

      <Section id="gegevens" title="Gegevens">
        <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">Organisatie</dt><dd>{v.organisation?.name ?? "—"}</dd>
          <dt className="font-semibold">Sector</dt><dd>{SECTORS.find((s) => s.key === v.sector)?.label ?? v.sector}</dd>
          <dt className="font-semibold">Adres</dt><dd>{v.address ?? "—"}</dd>
          <dt className="font-semibold">Wijk</dt><dd>{v.wijk ?? "—"}</dd>
          <dt className="font-semibold">Hoe ontstaan</dt><dd>{v.leadSource ? LEAD_SOURCE_LABELS[v.leadSource] : "—"}</dd>
          <dt className="font-semibold">Accounthouder</dt><dd>{who(v.accountHolderId)}</dd>
          <dt className="font-semibold">Vrijwilligheid bevestigd</dt>
          <dd>{v.acknowledgedAt ? `${formatDate(v.acknowledgedAt)} (${v.acknowledgementChannel ? CHANNEL_LABELS[v.acknowledgementChannel] : ""})` : "Nog niet"}</dd>
          <dt className="font-semibold">Laatste contact</dt><dd>{formatDate(v.lastContactAt)}</dd>
          <dt className="font-semibold">Motieven</dt><dd>{v.motives.map((m) => MOTIVE_LABELS[m]).join(", ") || "—"}</dd>
          <dt className="font-semibold">5 M&apos;s</dt><dd>{v.fiveMs.map((m) => FIVE_M_LABELS[m]).join(", ") || "—"}</dd>
        </dl>
      </Section>

      {manage ? (
        <details className="mt-4">
          <summary className="cursor-pointer underline">Gegevens wijzigen</summary>
          <ActionForm kind="updateVestiging" slug={slug} id={v.id} label="Gegevens wijzigen"
            fields={F.updateVestigingFields(staff.map((m) => [m.user.id, m.user.name] as const))}
            defaults={{
              name: v.name,
              sector: v.sector,
              address: v.address ?? "",
              wijk: v.wijk ?? "",
              leadSource: v.leadSource ?? undefined,
              publicDescription: v.publicDescription ?? "",
              accountHolderId: v.accountHolderId ?? undefined,
            }} />
        </details>
      ) : null}

      {manage ? (
        <Section id="verplaatsen" title="Verplaatsen">
          <ActionForm kind="moveStep" slug={slug} id={v.id} label="Verplaatsen" fields={F.moveFields} />
        </Section>
      ) : null}

      {manage && !v.acknowledgedAt ? (
        <Section id="bevestiging" title="Bevestiging van vrijwilligheid">
          <p className="mt-2 max-w-3xl">Leg vast wanneer en hoe de ondernemer heeft gezegd dat zij vrijwillig meedoet. Pas daarna kan de relatie naar vasthouden.</p>
          <ActionForm kind="acknowledge" slug={slug} id={v.id} label="Bevestiging vastleggen" fields={F.acknowledgeFields} defaults={{ date: today }} />
        </Section>
      ) : null}

      <Section id="contactpersonen" title="Contactpersonen">
        {v.contactPersons.length === 0 ? <p className="mt-2">Nog geen contactpersonen.</p> : (
          <ul className="mt-2 list-disc pl-6">
            {v.contactPersons.map((c) => <li key={c.id}>{c.name}{c.role ? `, ${c.role}` : ""}{c.email ? ` — ${c.email}` : ""}{c.phone ? ` — ${c.phone}` : ""}</li>)}
          </ul>
        )}
        {manage ? <ActionForm kind="contactPerson" slug={slug} id={v.id} label="Contactpersoon toevoegen" fields={F.contactPersonFields} /> : null}
      </Section>

      <Section id="contactmomenten" title="Contactmomenten">
        {v.contactMoments.length === 0 ? <p className="mt-2">Nog geen contactmomenten.</p> : (
          <ul className="mt-2 grid gap-3">
            {v.contactMoments.map((c) => (
              <li key={c.id} className="rounded border border-line p-2">
                <p className="font-semibold">{formatDate(c.at)} — {CONTACT_KIND_LABELS[c.kind]} — {who(c.byUserId, c.byName)}{c.mailSubject ? ` — mail: ${c.mailSubject}` : ""}</p>
                {c.outcome ? <p>Uitkomst: {c.outcome}</p> : null}
                {c.nextAction ? <p>Volgende actie: {c.nextAction}{c.nextActionDate ? ` (${formatDate(c.nextActionDate)})` : ""}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {manage ? (
          <>
            <h3 className="mt-4 text-xl font-bold">Nieuw contactmoment (gespreksstarter)</h3>
            <ActionForm kind="contactMoment" slug={slug} id={v.id} label="Contactmoment vastleggen" fields={F.contactMomentFields} />
          </>
        ) : null}
      </Section>

      <Section id="twijfel" title="Twijfel (bij twijfel: niet doen)">
        {v.doubts.length === 0 ? <p className="mt-2">Er is geen twijfel gemeld.</p> : (
          <ul className="mt-2 grid gap-3">
            {v.doubts.map((d) => (
              <li key={d.id} className="rounded border border-line p-2">
                <p><strong>{d.status === "OPEN" ? "Open" : "Gesloten"}</strong> — {formatDate(d.raisedAt)} door {who(d.raisedById, d.raisedByName)}: {d.reason}</p>
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
        <ActionForm kind="raiseDoubt" slug={slug} id={v.id} label="Twijfel melden" fields={F.raiseDoubtFields} />
      </Section>

      {manage ? (
        <>
          <Section id="bijdragen" title="Bijdragen">
            {v.contributions.length === 0 ? <p className="mt-2">Nog geen bijdragen.</p> : (
              <ul className="mt-2 list-disc pl-6">
                {v.contributions.map((c) => <li key={c.id}>{CONTRIBUTION_LABELS[c.type]}{c.description ? `: ${c.description}` : ""}</li>)}
              </ul>
            )}
            <ActionForm kind="contribution" slug={slug} id={v.id} label="Bijdrage toevoegen" fields={F.contributionFields} />
          </Section>

          <Section id="motieven" title="Motieven en 5 M's">
            <ActionForm kind="motives" slug={slug} id={v.id} label="Motieven en 5 M's" fields={F.motivesFields}
              defaults={{ motives: v.motives, fiveMs: v.fiveMs }} />
          </Section>

          <Section id="mijlpalen" title="Mijlpalen">
            {v.milestones.length === 0 ? <p className="mt-2">Nog geen mijlpalen.</p> : (
              <ul className="mt-2 list-disc pl-6">
                {v.milestones.map((m) => (
                  <li key={m.id}>
                    {formatDate(m.achievedAt)}: {m.title}
                    <CelebrateMilestoneButton slug={slug} id={m.id} title={m.title} celebrated={m.celebrated} />
                  </li>
                ))}
              </ul>
            )}
            <ActionForm kind="milestone" slug={slug} id={v.id} label="Mijlpaal toevoegen" fields={F.milestoneFields} defaults={{ achievedAt: today }} />
          </Section>

          <Section id="mail" title="Mail sturen">
            <p className="mt-2 max-w-3xl">Verstuur een sjabloon via Samenkracht, of kopieer de tekst naar je eigen mailprogramma.</p>
            <ActionForm kind="sendMail" slug={slug} id={v.id} label="Mail sturen" fields={F.sendMailFields}
              defaults={{ key: "ONDERNEMERS", to: v.contactPersons.find((c) => c.email)?.email ?? "" }} />
            {mails.map((m) => (
              <details key={m.key} className="mt-4">
                <summary className="cursor-pointer underline">Tekst om te kopiëren: {TEMPLATE_LABELS[m.key]}</summary>
                <label htmlFor={`kopie-${m.key}`} className="mt-2 block font-semibold">Onderwerp: {m.subject}</label>
                <textarea id={`kopie-${m.key}`} readOnly rows={10} defaultValue={m.body} className="mt-1 block w-full max-w-3xl rounded border border-field p-2" />
                {m.missing.length ? <p className="mt-1">Vul zelf nog in: {m.missing.join(", ")}.</p> : null}
                <LogCopiedMailButton slug={slug} vestigingId={v.id} templateKey={m.key} subject={m.subject} />
              </details>
            ))}
          </Section>

          <Section id="parkeren-stoppen" title="Parkeren, stoppen of opnieuw beginnen">
            {v.parkedAt ? (
              <ActionForm kind="revive" slug={slug} id={v.id} label="Weer oppakken" fields={F.reasonFields} />
            ) : !v.stoppedAt ? (
              <ActionForm kind="park" slug={slug} id={v.id} label="Parkeren" fields={F.reasonFields} />
            ) : null}
            {v.stoppedAt ? (
              <ActionForm kind="restart" slug={slug} id={v.id} label="Opnieuw beginnen" fields={F.reasonFields} />
            ) : (
              <ActionForm kind="stop" slug={slug} id={v.id} label="Samenwerking stoppen" fields={F.reasonFields} />
            )}
          </Section>
        </>
      ) : null}

      <Section id="geschiedenis" title="Geschiedenis van de stappen">
        {v.stepChanges.length === 0 ? <p className="mt-2">Nog geen wijzigingen.</p> : (
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">Wie wat wanneer en waarom veranderde</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">Wanneer</th>
                <th scope="col" className="py-2 pr-4">Wat</th>
                <th scope="col" className="py-2 pr-4">Wie</th>
                <th scope="col" className="py-2 pr-4">Waarom</th>
              </tr>
            </thead>
            <tbody>
              {v.stepChanges.map((s) => (
                <tr key={s.id} className="border-b border-line">
                  <td className="py-2 pr-4">{formatDate(s.at)}</td>
                  <td className="py-2 pr-4">{KIND_LABELS[s.kind] ?? s.kind}: {STEP_LABELS[s.fromStep]} → {STEP_LABELS[s.toStep]}</td>
                  <td className="py-2 pr-4">{who(s.byUserId, s.byName)}</td>
                  <td className="py-2 pr-4">{s.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
