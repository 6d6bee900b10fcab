import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.accountPages.checkEmail.title };
}

/** Shown after asking for a login link; the same for known and unknown addresses (nothing leaks). */
export default async function CheckEmailPage() {
  const { t } = await getT();
  const x = t.accountPages.checkEmail;
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">{x.title}</h1>
        <p className="mt-4 text-lg">{x.intro}</p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>{x.click}</li>
          <li>{x.valid}</li>
          <li>{x.spam}</li>
        </ul>
        <p className="mt-6">
          <Link href="/inloggen" className="font-semibold text-brand-strong underline">
            {x.newLink}
          </Link>
        </p>
      </div>
    </PublicPage>
  );
}
