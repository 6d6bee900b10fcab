import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { viewInvitation } from "@/modules/events/server/guests";
import { respondToInvitationAction } from "@/modules/events/actions";
import { submitClass } from "@/components/forms/form-fields";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string; token: string }>; searchParams: Promise<{ antwoord?: string; fout?: string }> };
const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const until = new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicEntrepreneurPages.invitation.metaTitle(ctx.gemeente.name), robots: { index: false } };
}

/** The personal invitation link: register or unregister for one event, without an account. Invitees are members and entrepreneurs: the texts use no form of address. */
export default async function InvitationPage({ params, searchParams }: Props) {
  const { gemeente, token } = await params;
  const sp = await searchParams;
  const ctx = await publicTenantOrNotFound(gemeente);
  const found = await viewInvitation(ctx.gemeente.id, token);
  const view = "event" in found ? found : null;
  const action = respondToInvitationAction.bind(null, ctx.gemeente.slug, token);
  const { t } = await getT();
  const T = t.publicEntrepreneurPages.invitation;
  const errors: Record<string, string> = T.errors;
  const message = typeof sp.fout === "string" && Object.hasOwn(errors, sp.fout) ? errors[sp.fout] : undefined;
  const done = sp.antwoord === "ja" ? T.thanksRegistered : sp.antwoord === "nee" ? T.unregistered : undefined;
  return (
    <PublicPage>
      <div className="max-w-2xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold">{T.title}</h1>
        {!view ? (
          <p className="mt-4 text-lg">{found.state === "expired" ? T.expired : T.invalid}</p>
        ) : (
          <>
            <div role="status" aria-live="polite" className="mt-4 min-h-6">
              {done ? <p className="font-semibold text-brand-strong">{done}</p> : null}
              {message ? <p className="font-semibold text-danger">{message}</p> : null}
            </div>
            <p className="mt-2 text-lg">{T.dear(view.name)}</p>
            <p className="mt-2">{T.invited}</p>
            <section aria-labelledby="wat" className="mt-4 rounded border border-line p-4">
              <p className="font-semibold text-brand-strong">{t.labels.eventKind[view.event.kind]}</p>
              <h2 id="wat" className="text-xl font-bold">
                {view.event.title}
              </h2>
              <p>{T.timeRange(when.format(view.event.startsAt), until.format(view.event.endsAt))}</p>
              <p>{view.event.location}</p>
              {view.event.description ? <p className="mt-1">{view.event.description}</p> : null}
            </section>
            {view.state === "cancelled" ? (
              <p className="mt-4 font-semibold">{T.cancelled}</p>
            ) : view.state === "past" ? (
              <p className="mt-4">{T.past}</p>
            ) : (
              <div className="mt-4">
                <p className="font-semibold">{view.registered ? T.registered : view.full ? T.full : T.notRegistered}</p>
                <form action={action} className="mt-3">
                  {view.registered ? (
                    <button
                      type="submit"
                      name="antwoord"
                      value="nee"
                      className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand-strong"
                    >
                      {T.unregister}
                    </button>
                  ) : view.full ? null : (
                    <button type="submit" name="antwoord" value="ja" className={submitClass}>
                      {T.register}
                    </button>
                  )}
                </form>
              </div>
            )}
            <p className="mt-6 text-sm">{T.personal}</p>
          </>
        )}
      </div>
    </PublicPage>
  );
}
