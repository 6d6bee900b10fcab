import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { SignUpForm } from "@/modules/users/components/sign-up-form";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.selfServicePages.signUp.title };
}

/** Public: a new entrepreneur creates an account (name + e-mail) and logs in with an e-mail link. */
export default async function AanmeldenPage() {
  const { t } = await getT();
  const x = t.selfServicePages.signUp;
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-4 max-w-2xl text-lg">{x.intro}</p>
      <SignUpForm texts={t.accountPages.signUp} />
      <p className="mt-8">
        {x.haveAccount}{" "}
        <Link href="/inloggen" className="text-brand-strong">
          {x.logIn}
        </Link>
        .
      </p>
    </PublicPage>
  );
}
