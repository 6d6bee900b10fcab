import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicPage } from "@/components/page-shell";
import { getActor } from "@/server/session";
import { safeReturnPath } from "@/lib/http/return-path";
import { loginErrorMessage } from "@/modules/users/login-messages";
import { unsafeLoginProviders } from "@/modules/identity/server/identity-providers";
import { LoginForms } from "./login-forms";
import { GemeenteSignIn } from "./gemeente-sign-in";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.accountPages.login.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /inloggen: password (+ code) for staff, a link by e-mail for everyone else. */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeReturnPath(first(params.next) ?? first(params.callbackUrl));
  const actor = await getActor();
  if (actor.kind === "user") redirect(next);
  const { t } = await getT();
  const gemeenteProviders = (await unsafeLoginProviders()).map((p) => ({ id: p.id, name: p.gemeenteName, domains: p.domains }));
  return (
    <PublicPage showLogin={false}>
      <h1 className="text-3xl font-bold">{t.accountPages.login.title}</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">{t.accountPages.login.intro}</p>
      <LoginForms next={next} initialError={loginErrorMessage(first(params.error))} texts={t.accountPages.loginForms} />
      {gemeenteProviders.length > 0 ? (
        <GemeenteSignIn options={gemeenteProviders} next={next} texts={t.accountPages.gemeenteSignIn} />
      ) : null}
    </PublicPage>
  );
}
