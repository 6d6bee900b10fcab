import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requireActor, firstGemeenteSlug } from "@/server/session";
import { platformDb } from "@/lib/db/tenant";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { TotpSetup } from "@/modules/users/components/totp-setup";
import { LogOutEverywhereButton } from "@/modules/users/components/log-out-everywhere-button";
import { WorkDetailsForm } from "@/modules/users/components/work-details-form";

export const metadata: Metadata = { title: "Mijn account" };

/** One's own account: the login code (TOTP) and "log out everywhere". */
export default async function AccountPage() {
  const actor = await requireActor("/account");
  const { t } = await getT();
  const user = await platformDb().user.findUnique({
    where: { id: actor.userId },
    select: { name: true, email: true, totpEnabled: true, passwordHash: true, jobTitle: true, workContact: true },
  });
  const slug = firstGemeenteSlug(actor);
  return (
    <PublicPage showLogin={false}>
      {slug ? (
        <p>
          <Link href={`/app/${encodeURIComponent(slug)}`} className="text-brand-strong">
            Terug naar Samenkracht
          </Link>
        </p>
      ) : null}
      <h1 className="mt-4 text-3xl font-bold">Mijn account</h1>
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-lg">
        <dt className="font-semibold">Naam</dt>
        <dd>{user?.name}</dd>
        <dt className="font-semibold">E-mailadres</dt>
        <dd>{user?.email}</dd>
        <dt className="font-semibold">Rollen</dt>
        <dd>
          {actor.memberships.map((m) => `${t.roles[m.role]} in ${m.gemeenteName}`).join(", ") ||
            (actor.platformRole ? t.roles[actor.platformRole] : "—")}
        </dd>
      </dl>
      {actor.memberships.some((m) => can(m.role, "engagement:manage")) ? (
        <section aria-labelledby="functie-contact" className="mt-10 max-w-2xl">
          <h2 id="functie-contact" className="text-2xl font-bold">
            Functie en contactgegevens
          </h2>
          <p className="mt-2">Deze komen onder de mails die je vanuit Samenkracht stuurt.</p>
          <WorkDetailsForm jobTitle={user?.jobTitle ?? ""} workContact={user?.workContact ?? ""} />
        </section>
      ) : null}
      {user?.passwordHash ? (
        <section aria-labelledby="inlogcode" className="mt-10 max-w-2xl">
          <h2 id="inlogcode" className="text-2xl font-bold">
            Inlogcode
          </h2>
          <div className="mt-3">
            <TotpSetup enabled={!!user.totpEnabled} />
          </div>
        </section>
      ) : null}
      {actor.memberships.some((m) => can(m.role, "signals:work")) ? (
        <section aria-labelledby="mail-signalen" className="mt-10 max-w-2xl">
          <h2 id="mail-signalen" className="text-2xl font-bold">
            E-mail over signalen
          </h2>
          <p className="mt-2">Kies per gemeente: een e-mail bij elk signaal dat aan je wordt toegewezen, of één overzicht per dag.</p>
          <ul className="mt-2 list-disc pl-5">
            {actor.memberships
              .filter((m) => can(m.role, "signals:work"))
              .map((m) => (
                <li key={m.gemeenteId}>
                  <Link href={`/app/${encodeURIComponent(m.gemeenteSlug)}/signalen/instellingen`} className="text-brand-strong underline">
                    E-mail over signalen in {m.gemeenteName}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="overal-uitloggen" className="mt-10 max-w-2xl">
        <h2 id="overal-uitloggen" className="text-2xl font-bold">
          Overal uitloggen
        </h2>
        <p className="mt-2">Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer van een ander? Log dan overal uit.</p>
        <div className="mt-3">
          <LogOutEverywhereButton />
        </div>
      </section>
    </PublicPage>
  );
}
