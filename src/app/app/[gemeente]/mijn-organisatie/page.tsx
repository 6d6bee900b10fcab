import type { Metadata } from "next";
import { listOwnProposals } from "@/modules/offer/server/proposals";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { sectorLabel } from "@/modules/engagement/sectors";
import { myOrganisation } from "@/modules/selfservice/server/own-data";
import { JoinForm } from "@/modules/selfservice/components/join-form";
import { joinTexts } from "@/modules/selfservice/components/join-texts";
import { ProfileForm } from "@/modules/selfservice/components/profile-forms";
import { LeaveForm } from "@/modules/selfservice/components/leave-form";
import { PROFILE_FIELDS } from "@/modules/selfservice/components/profile-fields";
import { DeleteAccountForm, ProposalForm } from "@/modules/selfservice/components/page-forms";
import { getT } from "@/i18n/server";
import { deleteMyAccountFormAction, leaveFormAction, proposeActivityFormAction } from "@/modules/selfservice/actions";
import { notOnListReason } from "@/modules/selfservice/exposure-words";
import { DEGREE_LABELS, TARGET_GROUP_LABELS } from "@/modules/offer/schemas";

export const metadata: Metadata = { title: "Mijn organisatie" };

type Props = { params: Promise<{ gemeente: string }> };

/** The entrepreneur's own organisation in this gemeente: profile, public preview, pause/stop, own data. */
export default async function MijnOrganisatiePage({ params }: Props) {
  const { gemeente } = await params;
  const page = await pageContext(gemeente, "Mijn organisatie", "organisation:self");
  if (!page.ctx) return page.refusal; // null when the layout already shows the refusal
  const { ctx } = page;
  const { t } = await getT();
  const { organisation, vestigingen, preview, state, exposure } = await myOrganisation(ctx);
  const v = vestigingen.find((x) => !x.stoppedAt) ?? vestigingen[0];
  const contact = v?.contactPersons[0];
  const acknowledged = !!v?.acknowledgedAt && !v.stoppedAt;
  const proposals = v && ctx.membership?.organisationId ? await listOwnProposals(ctx) : [];

  return (
    <>
      <h1 className="text-3xl font-bold">Mijn organisatie</h1>
      <p className="mt-2 text-lg">
        {organisation?.name} in {ctx.gemeente.name}
        {v ? ` · ${sectorLabel(v.sector)}` : ""}
      </p>

      <section aria-labelledby="zorgen" className="mt-6 rounded border border-line bg-brand-soft p-4">
        <h2 id="zorgen" className="text-xl font-bold">
          Zorgen om een klant?
        </h2>
        <p className="mt-1">Geef het door aan de gemeente. Je ziet daarna of je zorgen zijn ontvangen en opgepakt.</p>
        <p className="mt-3">
          <Link
            className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
            href={`/app/${ctx.gemeente.slug}/zorgen`}
          >
            Zorgen doorgeven
          </Link>
        </p>
      </section>
      <p className="mt-4">
        Voor in je winkel of op de balie:{" "}
        <a className="underline" href={`/g/${ctx.gemeente.slug}/signaalkaart?formaat=a5`}>
          signaalkaart (A5, PDF)
        </a>
        {" of "}
        <a className="underline" href={`/g/${ctx.gemeente.slug}/signaalkaart?formaat=a4`}>
          poster (A4, PDF)
        </a>
        : waar en hoe je zorgen doorgeeft.
      </p>

      <section aria-labelledby="openbaar" className="mt-8">
        <h2 id="openbaar" className="text-2xl font-bold">
          Zo sta je op de openbare lijst
        </h2>
        {state === "VISIBLE" ? (
          <ul className="mt-4 grid gap-4">
            {preview.map((e) => (
              <li key={e.name} className="rounded border border-line p-4">
                <p className="font-semibold">{e.name}</p>
                <p>
                  {e.organisation} · {e.sector}
                </p>
                {e.whatTheyDo ? <p className="mt-1">{e.whatTheyDo}</p> : null}
                {e.contributions.length ? <p className="mt-1">Draagt bij: {e.contributions.join(", ")}</p> : null}
                <p className="mt-1 text-sm">Partner sinds {e.since}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4" data-testid="niet-op-lijst">
            {/* The reason from engagement's exposure predicate, in the entrepreneur's words. */}
            {v ? notOnListReason(exposure[v.id] ?? null, !!v.acknowledgedAt) : notOnListReason(null, false)}
          </p>
        )}
        <p className="mt-2 text-sm">Er staat nooit iets persoonlijks op de lijst: geen namen van mensen, geen e-mail, geen telefoon.</p>
        <p className="mt-2">
          <Link className="underline" href={`/g/${ctx.gemeente.slug}/partners`}>
            Bekijk de openbare lijst
          </Link>
        </p>
      </section>

      {!acknowledged && !v?.stoppedAt ? (
        <section aria-labelledby="meedoen" className="mt-8">
          <h2 id="meedoen" className="text-2xl font-bold">
            Meedoen in {ctx.gemeente.name}
          </h2>
          <JoinForm gemeenten={[{ slug: ctx.gemeente.slug, name: ctx.gemeente.name }]} texts={joinTexts(t.entrepreneur.join)} />
        </section>
      ) : null}

      {v ? (
        <section aria-labelledby="profiel" className="mt-8">
          <h2 id="profiel" className="text-2xl font-bold">
            Profiel
          </h2>
          <ProfileForm
            gemeenteSlug={ctx.gemeente.slug}
            fields={PROFILE_FIELDS}
            texts={{ profileSaved: t.entrepreneurPage.profileSaved, profileHeld: t.entrepreneurPage.profileHeld }}
            initial={{
              sector: v.sector as never,
              address: v.address ?? "",
              publicDescription: v.publicDescription ?? "",
              openingHours: v.openingHours ?? "",
              motives: v.motives,
              fiveMs: v.fiveMs,
              contributions: [...new Set(v.contributions.map((c) => c.type))],
              contactName: contact?.name ?? "",
              contactEmail: contact?.email ?? "",
              contactPhone: contact?.phone ?? "",
            }}
          />
        </section>
      ) : null}

      {v?.acknowledgedAt ? (
        // Also rendered after stopping, in the same positions: the form's status region stays and says what happened.
        <section aria-labelledby={acknowledged ? "stoppen" : undefined} className={acknowledged ? "mt-8" : undefined}>
          {/* One slot, filled or empty: the status region keeps its place either way. */}
          {acknowledged ? (
            <>
              <h2 id="stoppen" className="text-2xl font-bold">
                Pauze of stoppen
              </h2>
              {/* Server-rendered, so the confirmation stays after the join form is gone. */}
              <p className="mt-2 font-semibold">
                Je doet mee in {ctx.gemeente.name} sinds {v.acknowledgedAt.toLocaleDateString("nl-NL")}. Dank je wel!
              </p>
              <p className="mt-2">Het gaat meteen in: je staat direct niet meer op de openbare lijst van {ctx.gemeente.name}.</p>
            </>
          ) : null}
          <LeaveForm
            action={leaveFormAction.bind(null, ctx.gemeente.slug)}
            stopped={!acknowledged}
            stoppedReason={v.stoppedReason ?? null}
          />
        </section>
      ) : null}

      {v ? (
        <section aria-labelledby="voorstellen" className="mt-8">
          <h2 id="voorstellen" className="text-2xl font-bold">
            Een activiteit voorstellen
          </h2>
          <p className="mt-2 max-w-2xl">
            Organiseer je iets tegen eenzaamheid, zoals een koffie-ochtend, een klets-kassa of samen eten? Stel het voor. De gemeente
            bekijkt het en zet het daarna in het aanbod voor inwoners.
          </p>
          {proposals.length ? (
            <ul className="mt-3 list-disc pl-6">
              {proposals.map((p) => (
                <li key={p.id}>
                  {p.title}: {p.published ? "staat in het aanbod" : "de gemeente bekijkt het nog"}
                </li>
              ))}
            </ul>
          ) : null}
          <ProposalForm
            action={proposeActivityFormAction.bind(null, ctx.gemeente.slug)}
            targetGroups={TARGET_GROUP_LABELS}
            degrees={DEGREE_LABELS}
            texts={t.entrepreneurPage.proposal}
          />
        </section>
      ) : null}

      <section aria-labelledby="gegevens" className="mt-8">
        <h2 id="gegevens" className="text-2xl font-bold">
          Jouw gegevens
        </h2>
        <p className="mt-2">
          <a className="underline" href="/ondernemer/gegevens" download>
            Download alles wat we over jou bewaren (JSON)
          </a>
        </p>
        <p className="mt-2">
          <Link className="underline" href="/ondernemer">
            Meedoen in een andere gemeente
          </Link>
        </p>
        <h3 className="mt-6 text-xl font-bold">Account verwijderen</h3>
        <DeleteAccountForm action={deleteMyAccountFormAction} texts={t.entrepreneurPage.deleteAccount} />
      </section>
    </>
  );
}
