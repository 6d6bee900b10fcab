import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getT } from "@/i18n/server";
import type { Metadata } from "next";
import { listGemeenten } from "@/modules/gemeenten/server/directory";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.admin.title };
}

export default async function BeheerPage() {
  await requirePlatformPage("platform:admin", "/beheer");
  const { t } = await getT();
  const x = t.adminPages.home;
  const gemeenten = await listGemeenten();
  return (
    <PublicPage showLogin={false}>
      <h1 className="text-3xl font-bold">{t.admin.title}</h1>
      <p className="mt-4 text-lg">{t.admin.intro}</p>
      <p className="mt-4">
        <Link href="/beheer/logboek" className="text-brand-strong">
          {x.platformLog}
        </Link>
      </p>
      <h2 className="mt-8 text-2xl font-bold">{t.admin.gemeenten}</h2>
      <ul className="mt-3 space-y-2">
        {gemeenten.map((g) => (
          <li key={g.slug}>
            <Link prefetch={false} href={`/app/${encodeURIComponent(g.slug)}`} className="text-brand-strong">
              {g.name}
            </Link>
            {" · "}
            <Link prefetch={false} href={`/beheer/${encodeURIComponent(g.slug)}/api-sleutels`} className="text-brand-strong">
              {x.apiKeys}
              <span className="sr-only"> {x.ofGemeente(g.name)}</span>
            </Link>
            {" · "}
            <Link prefetch={false} href={`/app/${encodeURIComponent(g.slug)}/huisstijl`} className="text-brand-strong">
              {x.branding}
              <span className="sr-only"> {x.ofGemeente(g.name)}</span>
            </Link>
            {" · "}
            <Link prefetch={false} href={`/beheer/${encodeURIComponent(g.slug)}/inloggen`} className="text-brand-strong">
              {x.gemeenteSignIn}
              <span className="sr-only"> ({g.name})</span>
            </Link>
          </li>
        ))}
      </ul>
    </PublicPage>
  );
}
