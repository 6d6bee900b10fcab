import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";

export const metadata: Metadata = { title: "Controleer je e-mail" };

/** Shown after asking for a login link; the same for known and unknown addresses (nothing leaks). */
export default function CheckEmailPage() {
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">Controleer je e-mail</h1>
        <p className="mt-4 text-lg">Is je e-mailadres bij ons bekend? Dan hebben we je een e-mail gestuurd met een link om in te loggen.</p>
        <ul className="mt-4 list-disc space-y-2 pl-6">
          <li>Klik op de link in de e-mail. Dan ben je ingelogd.</li>
          <li>De link werkt 30 minuten. Je kunt hem één keer gebruiken.</li>
          <li>Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail (spam).</li>
        </ul>
        <p className="mt-6">
          <Link href="/inloggen" className="font-semibold text-brand-strong underline">
            Vraag een nieuwe link aan
          </Link>
        </p>
      </div>
    </PublicPage>
  );
}
