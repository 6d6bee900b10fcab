import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requireActor, firstGemeenteSlug } from "@/server/session";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { TotpSetup } from "@/modules/users/components/totp-setup";
import { LogOutEverywhereButton } from "@/modules/users/components/log-out-everywhere-button";
import { WorkDetailsForm } from "@/modules/users/components/work-details-form";
import { ownAccount } from "@/modules/users/server/people";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.accountPages.account.title };
}

/** One's own account: the login code (TOTP) and "log out everywhere". */
export default async function AccountPage() {
  const actor = await requireActor("/account");
  const { t } = await getT();
  const x = t.accountPages.account;
  const user = await ownAccount(actor.userId);
  const slug = firstGemeenteSlug(actor);
  return (
    <PublicPage showLogin={false}>
      {slug ? (
        <p>
          <Link href={`/app/${encodeURIComponent(slug)}`} className="text-brand-strong">
            {x.back}
          </Link>
        </p>
      ) : null}
      <h1 className="mt-4 text-3xl font-bold">{x.title}</h1>
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
        <dt className="font-semibold">{x.name}</dt>
        <dd>{user?.name}</dd>
        <dt className="font-semibold">{x.email}</dt>
        <dd>{user?.email}</dd>
        <dt className="font-semibold">{x.roles}</dt>
        <dd>
          {actor.memberships.map((m) => x.roleIn(t.roles[m.role], m.gemeenteName)).join(", ") ||
            (actor.platformRole ? t.roles[actor.platformRole] : "—")}
        </dd>
      </dl>
      {actor.memberships.some((m) => can(m.role, "engagement:manage")) ? (
        <section aria-labelledby="functie-contact" className="mt-10 max-w-2xl">
          <h2 id="functie-contact" className="text-2xl font-bold">
            {x.workHeading}
          </h2>
          <p className="mt-2">{x.workIntro}</p>
          <WorkDetailsForm jobTitle={user?.jobTitle ?? ""} workContact={user?.workContact ?? ""} texts={t.accountPages.workDetails} />
        </section>
      ) : null}
      {user?.passwordHash ? (
        <section aria-labelledby="inlogcode" className="mt-10 max-w-2xl">
          <h2 id="inlogcode" className="text-2xl font-bold">
            {x.codeHeading}
          </h2>
          <div className="mt-3">
            <TotpSetup enabled={!!user.totpEnabled} texts={t.accountPages.totp} />
          </div>
        </section>
      ) : null}
      {actor.memberships.some((m) => can(m.role, "signals:work")) ? (
        <section aria-labelledby="mail-signalen" className="mt-10 max-w-2xl">
          <h2 id="mail-signalen" className="text-2xl font-bold">
            {x.signalMailHeading}
          </h2>
          <p className="mt-2">{x.signalMailIntro}</p>
          <ul className="mt-2 list-disc pl-5">
            {actor.memberships
              .filter((m) => can(m.role, "signals:work"))
              .map((m) => (
                <li key={m.gemeenteId}>
                  <Link
                    prefetch="auto"
                    href={`/app/${encodeURIComponent(m.gemeenteSlug)}/signalen/instellingen`}
                    className="text-brand-strong underline"
                  >
                    {x.signalMailIn(m.gemeenteName)}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="overal-uitloggen" className="mt-10 max-w-2xl">
        <h2 id="overal-uitloggen" className="text-2xl font-bold">
          {x.everywhereHeading}
        </h2>
        <p className="mt-2">{x.everywhereIntro}</p>
        <div className="mt-3">
          <LogOutEverywhereButton texts={t.accountPages.logOutEverywhere} />
        </div>
      </section>
    </PublicPage>
  );
}
