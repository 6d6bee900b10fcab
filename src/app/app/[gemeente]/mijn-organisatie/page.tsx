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
import { profileFields } from "@/modules/selfservice/components/profile-fields";
import { DeleteAccountForm, ProposalForm } from "@/modules/selfservice/components/page-forms";
import { getT } from "@/i18n/server";
import {
  deleteMyAccountFormAction,
  joinCoalitionAction,
  leaveFormAction,
  proposeActivityFormAction,
  updateProfileAction,
} from "@/modules/selfservice/actions";
import { notOnListReason } from "@/modules/selfservice/exposure-words";
import { formatNumericDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.selfServicePages.organisation.title };
}

type Props = { params: Promise<{ gemeente: string }> };

/** The entrepreneur's own organisation in this gemeente: profile, public preview, pause/stop, own data. */
export default async function MijnOrganisatiePage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.selfServicePages.organisation;
  const page = await pageContext(gemeente, x.title, "organisation:self");
  if (!page.ctx) return page.refusal; // null when the layout already shows the refusal
  const { ctx } = page;
  // The preview names sector and contributions in the reader's language, as the public list does.
  const { organisation, vestigingen, preview, state, exposure } = await myOrganisation(ctx, {
    sector: t.labels.sector,
    contribution: t.labels.contribution,
  });
  const v = vestigingen.find((x) => !x.stoppedAt) ?? vestigingen[0];
  const contact = v?.contactPersons[0];
  const acknowledged = !!v?.acknowledgedAt && !v.stoppedAt;
  const proposals = v && ctx.membership?.organisationId ? await listOwnProposals(ctx) : [];
  const visible = state === "VISIBLE";

  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 text-lg">
        {x.inGemeente(organisation?.name ?? "", ctx.gemeente.name)}
        {v ? <> · {sectorLabel(v.sector, t.labels.sector)}</> : null}
      </p>

      <section aria-labelledby="zorgen" className="mt-6 rounded border border-line bg-brand-soft p-4">
        <h2 id="zorgen" className="text-xl font-bold">
          {x.worriesHeading}
        </h2>
        <p className="mt-1">{x.worriesIntro}</p>
        <p className="mt-3">
          <Link
            className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong"
            href={`/app/${ctx.gemeente.slug}/zorgen`}
          >
            {x.worriesLink}
          </Link>
        </p>
      </section>
      <p className="mt-4">
        {x.cardsIntro}{" "}
        <a className="underline" href={`/g/${ctx.gemeente.slug}/signaalkaart?formaat=a5`}>
          {x.card}
        </a>{" "}
        {x.or}{" "}
        <a className="underline" href={`/g/${ctx.gemeente.slug}/signaalkaart?formaat=a4`}>
          {x.poster}
        </a>
        {x.cardsAfter}
      </p>

      <section aria-labelledby="openbaar" className="mt-8">
        <h2 id="openbaar" className="text-2xl font-bold">
          {x.listHeading}
        </h2>
        {visible ? (
          <ul className="mt-4 grid gap-4">
            {preview.map((e) => (
              <li key={e.name} className="rounded border border-line p-4">
                <p className="font-semibold">{e.name}</p>
                <p>
                  {e.organisation} · {e.sector}
                </p>
                {e.whatTheyDo ? <p className="mt-1">{e.whatTheyDo}</p> : null}
                {e.contributions.length ? <p className="mt-1">{x.contributes(e.contributions.join(", "))}</p> : null}
                <p className="mt-1 text-sm">{x.partnerSince(e.since)}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4" data-testid="niet-op-lijst">
            {/* The reason from engagement's exposure predicate, in the entrepreneur's words. */}
            {v ? notOnListReason(exposure[v.id] ?? null, !!v.acknowledgedAt) : notOnListReason(null, false)}
          </p>
        )}
        <p className="mt-2 text-sm">{x.nothingPersonal}</p>
        <p className="mt-2">
          <Link className="underline" href={`/g/${ctx.gemeente.slug}/partners`}>
            {x.viewList}
          </Link>
        </p>
      </section>

      {!acknowledged && !v?.stoppedAt ? (
        <section aria-labelledby="meedoen" className="mt-8">
          <h2 id="meedoen" className="text-2xl font-bold">
            {x.joinHeading(ctx.gemeente.name)}
          </h2>
          <JoinForm
            action={joinCoalitionAction}
            gemeenten={[{ slug: ctx.gemeente.slug, name: ctx.gemeente.name }]}
            texts={joinTexts(t.entrepreneur.join, t.selfServicePages.form)}
          />
        </section>
      ) : null}

      {v ? (
        <section aria-labelledby="profiel" className="mt-8">
          <h2 id="profiel" className="text-2xl font-bold">
            {x.profileHeading}
          </h2>
          <ProfileForm
            action={updateProfileAction.bind(null, ctx.gemeente.slug)}
            fields={profileFields(t.selfServicePages.profileFields, t.selfServicePages.form, t.labels)}
            texts={{
              profileSaved: t.entrepreneurPage.profileSaved,
              profileHeld: t.entrepreneurPage.profileHeld,
              busy: t.selfServicePages.form.busy,
              submit: t.selfServicePages.profileFields.submit,
              sector: t.selfServicePages.form.sector,
              chooseSector: t.selfServicePages.form.chooseSector,
            }}
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
                {x.leaveHeading}
              </h2>
              {/* Server-rendered, so the confirmation stays after the join form is gone. */}
              <p className="mt-2 font-semibold">{x.joinedSince(ctx.gemeente.name, formatNumericDate(v.acknowledgedAt))}</p>
              <p className="mt-2">{x.immediate(ctx.gemeente.name)}</p>
            </>
          ) : null}
          <LeaveForm
            action={leaveFormAction.bind(null, ctx.gemeente.slug)}
            stopped={!acknowledged}
            stoppedReason={v.stoppedReason ?? null}
            texts={t.selfServicePages.leave}
          />
        </section>
      ) : null}

      {v ? (
        <section aria-labelledby="voorstellen" className="mt-8">
          <h2 id="voorstellen" className="text-2xl font-bold">
            {x.proposeHeading}
          </h2>
          <p className="mt-2 max-w-2xl">{x.proposeIntro}</p>
          {proposals.length ? (
            <ul className="mt-3 list-disc pl-6">
              {proposals.map((p) => (
                <li key={p.id}>
                  {p.title}: {p.published ? x.published : x.underReview}
                </li>
              ))}
            </ul>
          ) : null}
          <ProposalForm
            action={proposeActivityFormAction.bind(null, ctx.gemeente.slug)}
            targetGroups={t.labels.targetGroup}
            degrees={t.labels.degree}
            texts={t.entrepreneurPage.proposal}
          />
        </section>
      ) : null}

      <section aria-labelledby="gegevens" className="mt-8">
        <h2 id="gegevens" className="text-2xl font-bold">
          {x.dataHeading}
        </h2>
        <p className="mt-2">
          <a className="underline" href="/ondernemer/gegevens" download>
            {x.download}
          </a>
        </p>
        <p className="mt-2">
          <Link className="underline" href="/ondernemer">
            {x.otherGemeente}
          </Link>
        </p>
        <h3 className="mt-6 text-xl font-bold">{x.deleteHeading}</h3>
        <DeleteAccountForm action={deleteMyAccountFormAction} texts={t.entrepreneurPage.deleteAccount} />
      </section>
    </>
  );
}
