import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { viewGuestCancel } from "@/modules/events/server/guests";
import { cancelGuestAction } from "@/modules/events/actions";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string; token: string }>; searchParams: Promise<{ afgemeld?: string; fout?: string }> };
const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.registration.metaTitle(ctx.gemeente.name), robots: { index: false } };
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
  const { t } = await getT();
  const T = t.publicPages.registration;
  return (
    <PublicPage>
      <div className="max-w-2xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold">{T.title}</h1>
        <div role="status" aria-live="polite" className="mt-4 min-h-6">
          {sp.afgemeld === "1" ? <p className="font-semibold text-brand-strong">{T.cancelled}</p> : null}
          {sp.fout ? <p className="font-semibold text-danger">{T.linkUsed}</p> : null}
        </div>
        {view.state === "registered" ? (
          <>
            <p className="mt-2 text-lg">{T.registeredFor(view.name)}</p>
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
                {T.cancelFor(view.event.title)}
              </button>
            </form>
          </>
        ) : view.state === "gone" ? (
          sp.afgemeld === "1" ? null : (
            <p className="mt-2 text-lg">{T.gone}</p>
          )
        ) : (
          <p className="mt-2 text-lg">{view.state === "expired" ? T.expired : T.invalid}</p>
        )}
        <p className="mt-6">
          <a className="underline" href={`/g/${ctx.gemeente.slug}/agenda`}>
            {T.toAgenda}
          </a>
        </p>
      </div>
    </PublicPage>
  );
}
