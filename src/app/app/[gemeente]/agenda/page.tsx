import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { listEvents } from "@/modules/events/server/events";
import { EVENT_KIND_LABELS, splitByTime } from "@/modules/events/schemas";
import { EventForm } from "@/modules/events/components/event-form";
import { RegisterButton } from "@/modules/events/components/register-button";

type Props = { params: Promise<{ gemeente: string }> };
export const metadata = { title: "Agenda" };

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** Meetings and trainings: every member can register; the regisseur plans. */
export default async function AgendaPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  let ctx;
  try {
    ctx = await requireTenant(shell.actor, { slug: gemeente }, "gemeente:read");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return (<><h1 className="text-3xl font-bold">Agenda</h1><p className="mt-4 text-lg">{error.message}</p></>);
    throw error;
  }
  const events = await listEvents(ctx);
  const { upcoming, past } = splitByTime(events);

  return (
    <>
      <h1 className="text-3xl font-bold">Agenda</h1>
      <p className="mt-2 max-w-3xl text-lg">Bijeenkomsten en trainingen in {ctx.gemeente.name}. Meld je aan, dan weten we op hoeveel mensen we rekenen.</p>
      <p className="mt-2"><a className="underline" href={`/api/ics/${ctx.gemeente.slug}`}>Openbare agenda in je eigen agenda zetten (iCal)</a></p>

      <section aria-labelledby="komend" className="mt-8">
        <h2 id="komend" className="text-2xl font-bold">Komende bijeenkomsten</h2>
        {upcoming.length === 0 ? <p className="mt-4">Er staan nog geen bijeenkomsten gepland.</p> : (
          <ul className="mt-4 grid gap-4">
            {upcoming.map((e) => {
              const full = e.capacity !== null && e.registrations >= e.capacity;
              return (
                <li key={e.id} className="rounded border border-line p-4">
                  <p className="font-semibold text-brand-strong">{EVENT_KIND_LABELS[e.kind]}{e.public ? "" : " (alleen voor deelnemers)"}</p>
                  <h3 className="text-xl font-bold">{e.title}</h3>
                  <p>{when.format(new Date(e.startsAt))}, {e.location}</p>
                  {e.description ? <p className="mt-1">{e.description}</p> : null}
                  <p className="mt-1">{e.registrations} {e.registrations === 1 ? "aanmelding" : "aanmeldingen"}{e.capacity !== null ? ` van ${e.capacity} plekken` : ""}</p>
                  {full && !e.registeredByMe ? <p className="mt-2 font-semibold">Vol</p> : <RegisterButton gemeenteSlug={ctx.gemeente.slug} eventId={e.id} title={e.title} registered={e.registeredByMe} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {past.length ? (
        <section aria-labelledby="geweest" className="mt-10">
          <h2 id="geweest" className="text-2xl font-bold">Geweest</h2>
          <ul className="mt-4 list-disc pl-6">
            {past.map((e) => <li key={e.id}>{e.title} ({EVENT_KIND_LABELS[e.kind]}), {when.format(new Date(e.startsAt))}: {e.registrations} aanmeldingen</li>)}
          </ul>
        </section>
      ) : null}

      {can(ctx.role, "coalition:manage") ? (
        <section aria-labelledby="bijeenkomst-plannen" className="mt-10">
          <h2 id="bijeenkomst-plannen" className="text-2xl font-bold">Bijeenkomst plannen</h2>
          <EventForm gemeenteSlug={ctx.gemeente.slug} />
        </section>
      ) : null}
    </>
  );
}
