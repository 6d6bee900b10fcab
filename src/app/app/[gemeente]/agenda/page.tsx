import { pageContext } from "@/components/shell/page-context";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getEvent, listEvents, listRegistrants } from "@/modules/events/server/events";
import { listInvitations } from "@/modules/events/server/invitations";
import { EVENT_KIND_LABELS, hasStarted, splitByTime } from "@/modules/events/schemas";
import { EventForm } from "@/modules/events/components/event-form";
import { RegisterButton } from "@/modules/events/components/register-button";
import { CancelEventForm, CloseEventForm, InviteForm } from "@/modules/events/components/manage-event";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ beheer?: string | string[] }> };
export const metadata = { title: "Agenda" };

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const sentAt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** The regisseur's view of one event (?beheer=<id>): edit, invite, attendance, cancel. */
async function ManageEvent({ ctx, eventId }: { ctx: TenantContext; eventId: string }) {
  let event;
  try {
    event = await getEvent(ctx, eventId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return (
        <section aria-labelledby="beheer" className="mt-8">
          <h2 id="beheer" className="text-2xl font-bold">
            Bijeenkomst beheren
          </h2>
          <p className="mt-2">Deze bijeenkomst bestaat niet (meer).</p>
        </section>
      );
    }
    throw error;
  }
  const [registrants, invitations] = await Promise.all([listRegistrants(ctx, event.id), listInvitations(ctx, event.id)]);
  const past = splitByTime([event]).past.length > 0;
  const started = hasStarted(event);
  const open = !event.cancelled && !past;
  const slug = ctx.gemeente.slug;
  return (
    <section aria-labelledby="beheer-titel" id="beheer" className="mt-8 rounded border-2 border-brand p-4">
      <h2 id="beheer-titel" className="text-2xl font-bold">
        Beheer: {event.title}
      </h2>
      <p className="mt-1">
        {EVENT_KIND_LABELS[event.kind]}, {when.format(new Date(event.startsAt))}, {event.location}
        {event.cancelled ? ". Afgelast." : past ? ". Geweest." : ""}
      </p>
      <p className="mt-1">
        <a className="underline" href={`/app/${slug}/agenda`}>
          Terug naar de agenda
        </a>
      </p>

      {open ? (
        <>
          <h3 id="bijeenkomst-wijzigen" className="mt-6 text-xl font-bold">
            Wijzigen
          </h3>
          <EventForm gemeenteSlug={slug} event={event} labelledBy="bijeenkomst-wijzigen" />
        </>
      ) : null}
      {open ? (
        <>
          <h3 id="uitnodigen" className="mt-6 text-xl font-bold">
            Uitnodigen per e-mail
          </h3>
          <InviteForm gemeenteSlug={slug} eventId={event.id} />
        </>
      ) : null}

      <h3 id="uitgenodigd" className="mt-6 text-xl font-bold">
        Uitgenodigd ({invitations.length})
      </h3>
      {invitations.length === 0 ? (
        <p className="mt-2">Nog niemand uitgenodigd.</p>
      ) : (
        <table className="mt-2 border-collapse text-left">
          <caption className="sr-only">Wie is uitgenodigd voor {event.title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-6">
                Naam
              </th>
              <th scope="col" className="py-2 pr-6">
                Wie
              </th>
              <th scope="col" className="py-2 pr-6">
                Mail verstuurd
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.email} className="border-b border-line">
                <th scope="row" className="py-2 pr-6 font-normal">
                  {i.name}
                </th>
                <td className="py-2 pr-6">{i.recipientKind === "ONDERNEMER" ? "Ondernemer" : "Coalitiepartner"}</td>
                <td className="py-2 pr-6">{i.sentAt ? sentAt.format(new Date(i.sentAt)) : "Nog niet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 id="aanmeldingen" className="mt-6 text-xl font-bold">
        Aanmeldingen ({registrants.length})
      </h3>
      {registrants.length === 0 ? (
        <p className="mt-2">Nog niemand aangemeld.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {registrants.map((r) => (
            <li key={r.registrationId}>
              {r.name}
              {r.kind === "GAST" ? " (zonder account)" : ""}
            </li>
          ))}
        </ul>
      )}

      {!event.cancelled && started ? (
        <>
          <h3 id="aanwezigheid" className="mt-6 text-xl font-bold">
            Bijeenkomst afsluiten
          </h3>
          <p className="mt-2">
            Wie was er, ook mensen zonder account? Trainingen tellen mee in &quot;Mensen getraind in signaleren&quot; op het dashboard en in
            de raadsrapportage.
          </p>
          {event.closedAt ? (
            <p className="mt-2 font-semibold">
              Afgesloten op {sentAt.format(new Date(event.closedAt))}. Je kunt de gegevens nog aanpassen.
            </p>
          ) : null}
          <CloseEventForm
            gemeenteSlug={slug}
            eventId={event.id}
            registrants={registrants}
            closed={event.closedAt ? { walkIns: event.walkIns, organisations: event.organisationsPresent, report: event.report } : null}
          />
        </>
      ) : null}

      {/* One slot, filled or empty: CancelEventForm keeps its place and its announcement once cancelled. */}
      {!event.cancelled ? (
        <>
          <h3 id="afgelasten" className="mt-6 text-xl font-bold">
            Afgelasten
          </h3>
          <p className="mt-2">
            De bijeenkomst blijft bewaard, maar verdwijnt uit de openbare agenda. Wie zich heeft aangemeld, krijgt een mail.
          </p>
        </>
      ) : null}
      <CancelEventForm gemeenteSlug={slug} eventId={event.id} title={event.title} cancelled={event.cancelled} />
    </section>
  );
}

/** Meetings and trainings: every member can register; the regisseur plans, edits, invites and cancels. */
export default async function AgendaPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const beheerParam = (await searchParams).beheer;
  const beheer = typeof beheerParam === "string" && beheerParam.length <= 64 ? beheerParam : null;
  const page = await pageContext(gemeente, "Agenda", "gemeente:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const events = await listEvents(ctx);
  const { upcoming, past } = splitByTime(events);
  const manage = can(ctx.role, "coalition:manage");
  const manageHref = (id: string) => `/app/${ctx.gemeente.slug}/agenda?beheer=${encodeURIComponent(id)}#beheer`;

  return (
    <>
      <h1 className="text-3xl font-bold">Agenda</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Bijeenkomsten en trainingen in {ctx.gemeente.name}. Meld je aan, dan weten we op hoeveel mensen we rekenen.
      </p>
      <p className="mt-2">
        <a className="underline" href={`/api/ics/${ctx.gemeente.slug}`}>
          Zet de openbare agenda in de agenda op je telefoon of computer
        </a>
      </p>

      {manage && beheer ? <ManageEvent ctx={ctx} eventId={beheer} /> : null}

      <section aria-labelledby="komend" className="mt-8">
        <h2 id="komend" className="text-2xl font-bold">
          Komende bijeenkomsten
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-4">Er staan nog geen bijeenkomsten gepland.</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {upcoming.map((e) => {
              const full = e.capacity !== null && e.registrations >= e.capacity;
              return (
                <li key={e.id} id={`bijeenkomst-${e.id}`} className="rounded border border-line p-4">
                  <p className="font-semibold text-brand-strong">
                    {EVENT_KIND_LABELS[e.kind]}
                    {e.public ? "" : " (alleen voor deelnemers)"}
                  </p>
                  <h3 className="text-xl font-bold">{e.title}</h3>
                  {e.cancelled ? <p className="mt-1 font-semibold text-danger">Gaat niet door.</p> : null}
                  <p>
                    {when.format(new Date(e.startsAt))}, {e.location}
                  </p>
                  {e.description ? <p className="mt-1">{e.description}</p> : null}
                  <p className="mt-1">
                    {e.registrations} {e.registrations === 1 ? "aanmelding" : "aanmeldingen"}
                    {e.capacity !== null ? ` van ${e.capacity} plekken` : ""}
                  </p>
                  {e.cancelled ? null : full && !e.registeredByMe ? (
                    <p className="mt-2 font-semibold">Vol</p>
                  ) : (
                    <RegisterButton gemeenteSlug={ctx.gemeente.slug} eventId={e.id} title={e.title} registered={e.registeredByMe} />
                  )}
                  {manage ? (
                    <p className="mt-2">
                      <a className="font-semibold underline" href={manageHref(e.id)}>
                        Beheer {e.title}
                      </a>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {past.length ? (
        <section aria-labelledby="geweest" className="mt-10">
          <h2 id="geweest" className="text-2xl font-bold">
            Geweest
          </h2>
          <ul className="mt-4 list-disc pl-6">
            {past.map((e) => (
              <li key={e.id}>
                {e.title} ({EVENT_KIND_LABELS[e.kind]}), {when.format(new Date(e.startsAt))}:{" "}
                {e.cancelled ? "afgelast" : `${e.registrations} aanmeldingen`}
                {e.closedAt ? ", afgesloten" : ""}
                {manage && !e.cancelled ? (
                  <>
                    {" "}
                    ·{" "}
                    <a className="underline" href={manageHref(e.id)}>
                      {e.closedAt ? "Afsluiting bekijken" : "Afsluiten met aanwezigheid"}: {e.title}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {manage && !beheer ? (
        <section aria-labelledby="bijeenkomst-plannen" className="mt-10">
          <h2 id="bijeenkomst-plannen" className="text-2xl font-bold">
            Bijeenkomst plannen
          </h2>
          <EventForm gemeenteSlug={ctx.gemeente.slug} />
        </section>
      ) : null}
    </>
  );
}
