import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { getEvent, listEvents, listRegistrants } from "@/modules/events/server/events";
import { listInvitations } from "@/modules/events/server/invitations";
import { hasStarted, splitByTime } from "@/modules/events/schemas";
import { cancelEventAction, closeEventAction, createEventAction, inviteToEventAction, updateEventAction } from "@/modules/events/actions";
import { EventForm } from "@/modules/events/components/event-form";
import { RegisterButton } from "@/modules/events/components/register-button";
import { CancelEventForm, CloseEventForm, InviteForm } from "@/modules/events/components/manage-event";
import { getT } from "@/i18n/server";
import type { Messages } from "@/i18n/messages";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ beheer?: string | string[] }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.nav.agenda };
}

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const sentAt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** The regisseur's view of one event (?beheer=<id>): edit, invite, attendance, cancel. */
async function ManageEvent({
  ctx,
  eventId,
  texts,
  labels,
}: {
  ctx: TenantContext;
  eventId: string;
  texts: Messages["coalitionPages"]["agenda"];
  labels: Messages["labels"];
}) {
  const x = texts.manage;
  let event;
  try {
    event = await getEvent(ctx, eventId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return (
        <section aria-labelledby="beheer" className="mt-8">
          <h2 id="beheer" className="text-2xl font-bold">
            {x.title}
          </h2>
          <p className="mt-2">{x.notFound}</p>
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
        {x.heading(event.title)}
      </h2>
      <p className="mt-1">
        {labels.eventKind[event.kind]}, {when.format(new Date(event.startsAt))}, {event.location}
        {event.cancelled ? x.cancelledSuffix : past ? x.pastSuffix : ""}
      </p>
      <p className="mt-1">
        <a className="underline" href={`/app/${slug}/agenda`}>
          {x.back}
        </a>
      </p>

      {open ? (
        <>
          <h3 id="bijeenkomst-wijzigen" className="mt-6 text-xl font-bold">
            {x.editTitle}
          </h3>
          <EventForm
            action={updateEventAction.bind(null, slug, event.id)}
            event={event}
            labelledBy="bijeenkomst-wijzigen"
            texts={texts.eventForm}
          />
        </>
      ) : null}
      {open ? (
        <>
          <h3 id="uitnodigen" className="mt-6 text-xl font-bold">
            {x.inviteTitle}
          </h3>
          <InviteForm action={inviteToEventAction.bind(null, slug, event.id)} texts={texts.inviteForm} />
        </>
      ) : null}

      <h3 id="uitgenodigd" className="mt-6 text-xl font-bold">
        {x.invitedTitle(invitations.length)}
      </h3>
      {invitations.length === 0 ? (
        <p className="mt-2">{x.noneInvited}</p>
      ) : (
        <DataTable fit className="mt-2" caption={x.invitedCaption(event.title)} columns={[x.colName, x.colWho, x.colMailSent]}>
          {invitations.map((i) => (
            <tr key={i.email} className="border-b border-line">
              <th scope="row" className="py-2 pr-6 font-normal">
                {i.name}
              </th>
              <td className="py-2 pr-6">{i.recipientKind === "ONDERNEMER" ? x.entrepreneur : x.partner}</td>
              <td className="py-2 pr-6">{i.sentAt ? sentAt.format(new Date(i.sentAt)) : x.notYet}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h3 id="aanmeldingen" className="mt-6 text-xl font-bold">
        {x.registrationsTitle(registrants.length)}
      </h3>
      {registrants.length === 0 ? (
        <p className="mt-2">{x.noneRegistered}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {registrants.map((r) => (
            <li key={r.registrationId}>
              {r.name}
              {r.kind === "GAST" ? x.withoutAccount : ""}
            </li>
          ))}
        </ul>
      )}

      {!event.cancelled && started ? (
        <>
          <h3 id="aanwezigheid" className="mt-6 text-xl font-bold">
            {x.closeTitle}
          </h3>
          <p className="mt-2">{x.closeIntro}</p>
          {event.closedAt ? <p className="mt-2 font-semibold">{x.closedOn(sentAt.format(new Date(event.closedAt)))}</p> : null}
          <CloseEventForm
            action={closeEventAction.bind(null, slug, event.id)}
            registrants={registrants}
            texts={texts.closeForm}
            closed={event.closedAt ? { walkIns: event.walkIns, organisations: event.organisationsPresent, report: event.report } : null}
          />
        </>
      ) : null}

      {/* One slot, filled or empty: CancelEventForm keeps its place and its announcement once cancelled. */}
      {!event.cancelled ? (
        <>
          <h3 id="afgelasten" className="mt-6 text-xl font-bold">
            {x.cancelTitle}
          </h3>
          <p className="mt-2">{x.cancelIntro}</p>
        </>
      ) : null}
      <CancelEventForm
        action={cancelEventAction.bind(null, slug, event.id)}
        title={event.title}
        cancelled={event.cancelled}
        texts={texts.cancelForm}
      />
    </section>
  );
}

/** Meetings and trainings: every member can register; the regisseur plans, edits, invites and cancels. */
export default async function AgendaPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const beheerParam = (await searchParams).beheer;
  const beheer = typeof beheerParam === "string" && beheerParam.length <= 64 ? beheerParam : null;
  const { t } = await getT();
  const a = t.coalitionPages.agenda;
  const page = await pageContext(gemeente, t.nav.agenda, "gemeente:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const events = await listEvents(ctx);
  const { upcoming, past } = splitByTime(events);
  const manage = can(ctx.role, "coalition:manage");
  const manageHref = (id: string) => `/app/${ctx.gemeente.slug}/agenda?beheer=${encodeURIComponent(id)}#beheer`;

  return (
    <>
      <h1 className="text-3xl font-bold">{t.nav.agenda}</h1>
      <p className="mt-2 max-w-3xl text-lg">{a.intro(ctx.gemeente.name)}</p>
      <p className="mt-2">
        <a className="underline" href={`/api/ics/${ctx.gemeente.slug}`}>
          {a.icsLink}
        </a>
      </p>

      {manage && beheer ? <ManageEvent ctx={ctx} eventId={beheer} texts={a} labels={t.labels} /> : null}

      <section aria-labelledby="komend" className="mt-8">
        <h2 id="komend" className="text-2xl font-bold">
          {a.upcomingTitle}
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-4">{a.noneUpcoming}</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {upcoming.map((e) => {
              const full = e.capacity !== null && e.registrations >= e.capacity;
              return (
                <li key={e.id} id={`bijeenkomst-${e.id}`} className="rounded border border-line p-4">
                  <p className="font-semibold text-brand-strong">
                    {t.labels.eventKind[e.kind]}
                    {e.public ? "" : a.membersOnly}
                  </p>
                  <h3 className="text-xl font-bold">{e.title}</h3>
                  {e.cancelled ? <p className="mt-1 font-semibold text-danger">{a.cancelledNotice}</p> : null}
                  <p>
                    {when.format(new Date(e.startsAt))}, {e.location}
                  </p>
                  {e.description ? <p className="mt-1">{e.description}</p> : null}
                  <p className="mt-1">{a.registrations(e.registrations, e.capacity)}</p>
                  {e.cancelled ? null : full && !e.registeredByMe ? (
                    <p className="mt-2 font-semibold">{a.full}</p>
                  ) : (
                    <RegisterButton
                      gemeenteSlug={ctx.gemeente.slug}
                      eventId={e.id}
                      title={e.title}
                      registered={e.registeredByMe}
                      texts={a.registerButton}
                    />
                  )}
                  {manage ? (
                    <p className="mt-2">
                      <a className="font-semibold underline" href={manageHref(e.id)}>
                        {a.manageLink(e.title)}
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
            {a.pastTitle}
          </h2>
          <ul className="mt-4 list-disc pl-6">
            {past.map((e) => (
              <li key={e.id}>
                {e.title} ({t.labels.eventKind[e.kind]}), {when.format(new Date(e.startsAt))}:{" "}
                {e.cancelled ? a.pastCancelled : a.pastRegistrations(e.registrations)}
                {e.closedAt ? a.pastClosed : ""}
                {manage && !e.cancelled ? (
                  <>
                    {" "}
                    ·{" "}
                    <a className="underline" href={manageHref(e.id)}>
                      {e.closedAt ? a.viewClosing : a.closeWithAttendance}: {e.title}
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
            {a.planTitle}
          </h2>
          <EventForm action={createEventAction.bind(null, ctx.gemeente.slug)} texts={a.eventForm} />
        </section>
      ) : null}
    </>
  );
}
