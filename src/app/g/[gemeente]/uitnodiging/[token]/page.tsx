import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { viewInvitation } from "@/modules/events/server/guests";
import { respondToInvitationAction } from "@/modules/events/actions";
import { EVENT_KIND_LABELS } from "@/modules/events/schemas";
import { submitClass } from "@/components/forms/form-fields";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ gemeente: string; token: string }>; searchParams: Promise<{ antwoord?: string; fout?: string }> };
const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const until = new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Uitnodiging van de gemeente ${ctx.gemeente.name}`, robots: { index: false } };
}

const FOUT: Record<string, string> = {
  vol: "Deze bijeenkomst is vol. Aanmelden kan niet meer. Neem contact op met de gemeente als je toch graag wilt komen.",
  afgelast: "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.",
  voorbij: "Deze bijeenkomst is al voorbij.",
  link: "Deze link klopt niet. Gebruik de link uit je e-mail.",
};

/** The personal invitation link: register or unregister for one event, without an account. Invitees are members and entrepreneurs: "je". */
export default async function InvitationPage({ params, searchParams }: Props) {
  const { gemeente, token } = await params;
  const sp = await searchParams;
  const ctx = await publicTenantOrNotFound(gemeente);
  const found = await viewInvitation(ctx.gemeente.id, token);
  const view = "event" in found ? found : null;
  const action = respondToInvitationAction.bind(null, ctx.gemeente.slug, token);
  const message = typeof sp.fout === "string" ? FOUT[sp.fout] : undefined;
  const done =
    sp.antwoord === "ja"
      ? "Dank je wel. Je bent aangemeld. Tot dan!"
      : sp.antwoord === "nee"
        ? "Je bent afgemeld. Jammer dat je niet kunt komen."
        : undefined;
  return (
    <PublicPage>
      <div className="max-w-2xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold">Uitnodiging</h1>
        {!view ? (
          <p className="mt-4 text-lg">
            {found.state === "expired"
              ? "Deze link is verlopen: de bijeenkomst is voorbij."
              : "Deze link klopt niet. Gebruik de link uit je e-mail, of vraag de gemeente om een nieuwe uitnodiging."}
          </p>
        ) : (
          <>
            <div role="status" aria-live="polite" className="mt-4 min-h-6">
              {done ? <p className="font-semibold text-brand-strong">{done}</p> : null}
              {message ? <p className="font-semibold text-danger">{message}</p> : null}
            </div>
            <p className="mt-2 text-lg">Beste {view.name},</p>
            <p className="mt-2">Je bent uitgenodigd voor deze bijeenkomst. Een account is niet nodig.</p>
            <section aria-labelledby="wat" className="mt-4 rounded border border-line p-4">
              <p className="font-semibold text-brand-strong">{EVENT_KIND_LABELS[view.event.kind]}</p>
              <h2 id="wat" className="text-xl font-bold">
                {view.event.title}
              </h2>
              <p>
                {when.format(view.event.startsAt)} tot {until.format(view.event.endsAt)}
              </p>
              <p>{view.event.location}</p>
              {view.event.description ? <p className="mt-1">{view.event.description}</p> : null}
            </section>
            {view.state === "cancelled" ? (
              <p className="mt-4 font-semibold">Deze bijeenkomst gaat niet door.</p>
            ) : view.state === "past" ? (
              <p className="mt-4">Deze bijeenkomst is al geweest.</p>
            ) : (
              <div className="mt-4">
                <p className="font-semibold">
                  {view.registered ? "Je bent aangemeld." : view.full ? "Deze bijeenkomst is vol." : "Je bent nog niet aangemeld."}
                </p>
                <form action={action} className="mt-3">
                  {view.registered ? (
                    <button
                      type="submit"
                      name="antwoord"
                      value="nee"
                      className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand-strong"
                    >
                      Ik kom toch niet: afmelden
                    </button>
                  ) : view.full ? null : (
                    <button type="submit" name="antwoord" value="ja" className={submitClass}>
                      Ik kom: aanmelden
                    </button>
                  )}
                </form>
              </div>
            )}
            <p className="mt-6 text-sm">Deze link is alleen voor jou. Met dezelfde link kun je je later ook afmelden.</p>
          </>
        )}
      </div>
    </PublicPage>
  );
}
