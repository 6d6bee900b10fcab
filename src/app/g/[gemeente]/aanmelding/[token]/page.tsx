import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { viewGuestCancel } from "@/modules/events/server/guests";
import { cancelGuestAction } from "@/modules/events/actions";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string; token: string }>; searchParams: Promise<{ afgemeld?: string; fout?: string }> };
const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Uw aanmelding in ${ctx.gemeente.name}`, robots: { index: false } };
}

/**
 * The cancel link from the confirmation mail. Opening it changes nothing (mail scanners open links);
 * the button removes the registration, after which the link has nothing left to cancel.
 */
export default async function GuestRegistrationPage({ params, searchParams }: Props) {
  const { gemeente, token } = await params;
  const sp = await searchParams;
  const ctx = await publicTenantOrNotFound(gemeente);
  const view = await viewGuestCancel(ctx.gemeente.id, token);
  const action = cancelGuestAction.bind(null, ctx.gemeente.slug, token);
  return (
    <PublicPage>
      <div className="max-w-2xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold">Uw aanmelding</h1>
        <div role="status" aria-live="polite" className="mt-4 min-h-6">
          {sp.afgemeld === "1" ? (
            <p className="font-semibold text-brand-strong">U bent afgemeld. Uw plek is vrij voor iemand anders.</p>
          ) : null}
          {sp.fout ? <p className="font-semibold text-danger">Deze link klopt niet of is al gebruikt.</p> : null}
        </div>
        {view.state === "registered" ? (
          <>
            <p className="mt-2 text-lg">{view.name}, u bent aangemeld voor:</p>
            <section aria-labelledby="wat" className="mt-3 rounded border border-line p-4">
              <h2 id="wat" className="text-xl font-bold">
                {view.event.title}
              </h2>
              <p>
                {when.format(view.event.startsAt)}, {view.event.location}
              </p>
            </section>
            <form action={action} className="mt-4">
              <button type="submit" className="rounded border-2 border-danger px-4 py-2 font-semibold text-danger">
                Afmelden voor {view.event.title}
              </button>
            </form>
          </>
        ) : view.state === "gone" ? (
          sp.afgemeld === "1" ? null : (
            <p className="mt-2 text-lg">Deze aanmelding bestaat niet meer. U bent al afgemeld.</p>
          )
        ) : (
          <p className="mt-2 text-lg">
            {view.state === "expired"
              ? "Deze link is verlopen: de bijeenkomst is voorbij."
              : "Deze link klopt niet. Gebruik de link uit uw bevestigingsmail."}
          </p>
        )}
        <p className="mt-6">
          <a className="underline" href={`/g/${ctx.gemeente.slug}/agenda`}>
            Naar de agenda
          </a>
        </p>
      </div>
    </PublicPage>
  );
}
