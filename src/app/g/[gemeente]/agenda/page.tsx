import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { listPublicEvents } from "@/modules/events/server/events";
import { registerPublicGuestAction } from "@/modules/events/actions";
import { PublicRegisterForm } from "@/modules/events/components/public-register-form";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string }> };
const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.agenda.metaTitle(ctx.gemeente.name) };
}

/** Public agenda: public events only; anyone can register with name and e-mail while there is room. */
export default async function PublicAgendaPage({ params }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const events = await listPublicEvents(ctx, new Date());
  const slug = ctx.gemeente.slug;
  const { t } = await getT();
  const T = t.publicPages.agenda;
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{T.title}</h1>
        <p className="mt-4 text-lg">{T.intro(ctx.gemeente.name)}</p>
        <p className="mt-2">
          <a className="underline" href={`/api/ics/${slug}`}>
            {T.calendarLink}
          </a>
        </p>
        {events.length === 0 ? (
          <p className="mt-6 text-lg">{T.none}</p>
        ) : (
          <ul className="mt-6 grid gap-4">
            {events.map((e) => (
              <li key={e.id} id={`bijeenkomst-${e.id}`} className="rounded border border-line p-4">
                <p className="font-semibold text-brand-strong">{t.labels.eventKind[e.kind]}</p>
                <h2 className="text-xl font-bold">{e.title}</h2>
                <p>
                  {when.format(e.startsAt)}, {e.location}
                </p>
                {e.description ? <p className="mt-1">{e.description}</p> : null}
                {e.placesLeft === null ? null : <p className="mt-1">{e.placesLeft === 0 ? T.full : T.placesLeft(e.placesLeft)}</p>}
                <PublicRegisterForm
                  action={registerPublicGuestAction.bind(null, slug, e.id)}
                  eventId={e.id}
                  title={e.title}
                  full={e.placesLeft === 0}
                  texts={t.publicPages.registerForm}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </PublicPage>
  );
}
