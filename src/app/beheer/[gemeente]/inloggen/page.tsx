import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getActor } from "@/server/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { getIdentityProvider } from "@/modules/identity/server/identity-providers";
import { IdentityProviderForm } from "@/modules/identity/components/identity-provider-form";
import { removeIdentityProviderAction, saveIdentityProviderAction } from "@/modules/identity/actions";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.adminPages.identity.title };
}

/** The platform admin connects the gemeente's own OpenID Connect provider (docs/decisions/0016). */
export default async function IdentityProviderPage({ params }: Props) {
  const { gemeente } = await params;
  await requirePlatformPage("gemeente:manage", `/beheer/${gemeente}/inloggen`);
  let ctx;
  try {
    ctx = await requireTenant(await getActor(), { slug: gemeente }, "gemeente:manage");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { t } = await getT();
  const x = t.adminPages.identity;
  const current = await getIdentityProvider(ctx);
  const saveAction = saveIdentityProviderAction.bind(null, ctx.gemeente.slug);
  const removeAction = removeIdentityProviderAction.bind(null, ctx.gemeente.slug);
  const appUrl = (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  const redirectUrl = `${appUrl}/api/auth/callback/oidc-${ctx.gemeente.slug}`;
  return (
    <PublicPage showLogin={false}>
      <p>
        <Link href="/beheer" className="text-brand-strong">
          {x.back}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{x.heading(ctx.gemeente.name)}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro}</p>
      <section aria-labelledby="bij-de-gemeente" className="mt-8">
        <h2 id="bij-de-gemeente" className="text-2xl font-bold">
          {x.firstHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{x.firstAsk}</p>
        <p className="mt-2 font-mono break-all">{redirectUrl}</p>
        <p className="mt-2 max-w-3xl">{x.firstGet}</p>
      </section>
      <section aria-labelledby="instellen" className="mt-8">
        <h2 id="instellen" className="text-2xl font-bold">
          {current ? x.change : x.setUp}
        </h2>
        <IdentityProviderForm saveAction={saveAction} removeAction={removeAction} current={current} texts={t.adminPages.identityForm} />
      </section>
    </PublicPage>
  );
}
