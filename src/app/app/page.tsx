import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicPage } from "@/components/page-shell";
import { loginUrl } from "@/components/shell/load-shell";
import { getT } from "@/i18n/server";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Kies een gemeente" };

/** /app: go to the first gemeente the person has a role in. */
export default async function AppIndexPage() {
  const actor = await getActor();
  if (actor.kind !== "user") redirect(loginUrl("/app"));
  const first = [...actor.memberships].sort((a, b) => a.gemeenteName.localeCompare(b.gemeenteName, "nl"))[0];
  if (first) redirect(`/app/${encodeURIComponent(first.gemeenteSlug)}`);
  if (actor.platformRole === "PLATFORM_ADMIN") redirect("/beheer");
  if (actor.platformRole === "PROGRAMME_ADVISER") redirect("/landelijk");

  const { t } = await getT();
  return (
    <PublicPage showLogin={false}>
      <h1 className="text-3xl font-bold">{t.app.noAccessTitle}</h1>
      <p className="mt-4 max-w-3xl text-lg">{t.app.noAccessText}</p>
    </PublicPage>
  );
}
