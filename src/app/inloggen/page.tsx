import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicPage } from "@/components/page-shell";
import { getActor } from "@/server/session";
import { safeReturnPath } from "@/lib/http/return-path";
import { loginErrorMessage } from "@/modules/users/login-messages";
import { unsafeLoginProviders } from "@/modules/identity/server/identity-providers";
import { LoginForms } from "./login-forms";
import { GemeenteSignIn } from "./gemeente-sign-in";

export const metadata: Metadata = { title: "Inloggen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /inloggen: password (+ code) for staff, a link by e-mail for everyone else. */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeReturnPath(first(params.next) ?? first(params.callbackUrl));
  const actor = await getActor();
  if (actor.kind === "user") redirect(next);
  const gemeenteProviders = (await unsafeLoginProviders()).map((p) => ({ id: p.id, name: p.gemeenteName, domains: p.domains }));
  return (
    <PublicPage showLogin={false}>
      <h1 className="text-3xl font-bold">Inloggen</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">
        Werk je bij de gemeente of een organisatie in de coalitie? Log in met je wachtwoord. Heb je geen wachtwoord? Vraag dan een link aan.
        Die sturen we naar je e-mail.
      </p>
      <LoginForms next={next} initialError={loginErrorMessage(first(params.error))} />
      {gemeenteProviders.length > 0 ? <GemeenteSignIn options={gemeenteProviders} next={next} /> : null}
    </PublicPage>
  );
}
