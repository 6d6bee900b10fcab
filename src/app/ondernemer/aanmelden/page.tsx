import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { SignUpForm } from "@/modules/users/components/sign-up-form";

export const metadata: Metadata = { title: "Aanmelden als ondernemer" };

/** Public: a new entrepreneur creates an account (name + e-mail) and logs in with an e-mail link. */
export default function AanmeldenPage() {
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">Aanmelden als ondernemer</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Wil je als ondernemer meedoen tegen eenzaamheid in jouw gemeente? Meld je aan met je naam en e-mailadres. Daarna maak je het profiel
        van je organisatie en kies je in welke gemeente je meedoet. Meedoen is vrijwillig en je kunt altijd stoppen.
      </p>
      <SignUpForm />
      <p className="mt-8">
        Heb je al een account?{" "}
        <Link href="/inloggen" className="text-brand-strong">
          Log dan in
        </Link>
        .
      </p>
    </PublicPage>
  );
}
