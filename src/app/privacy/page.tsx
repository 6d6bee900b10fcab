import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.legalPages.privacy.title };
}

/** The privacy statement in B1 Dutch: what Samenkracht keeps, why, how long, and everyone's rights. */
export default async function PrivacyPage() {
  const { t } = await getT();
  const T = t.legalPages.privacy;
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{T.title}</h1>
      <p className="mt-4 max-w-3xl text-lg">{T.intro}</p>

      <section aria-labelledby="wie" className="mt-8 max-w-3xl">
        <h2 id="wie" className="text-2xl font-bold">
          {T.whoHeading}
        </h2>
        <p className="mt-2">{T.whoText}</p>
      </section>

      <section aria-labelledby="welke" className="mt-8 max-w-3xl">
        <h2 id="welke" className="text-2xl font-bold">
          {T.whatHeading}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <strong>{T.accountLabel}</strong> {T.accountText}
          </li>
          <li>
            <strong>{T.organisationsLabel}</strong> {T.organisationsText}
          </li>
          <li>
            <strong>{T.signalsLabel}</strong> {T.signalsText}
          </li>
          <li>
            <strong>{T.eventsLabel}</strong> {T.eventsText}
          </li>
        </ul>
      </section>

      <section aria-labelledby="hoelang" className="mt-8 max-w-3xl">
        <h2 id="hoelang" className="text-2xl font-bold">
          {T.howLongHeading}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {T.howLong.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-2">{T.leftOver}</p>
      </section>

      <section aria-labelledby="cookies" className="mt-8 max-w-3xl">
        <h2 id="cookies" className="text-2xl font-bold">
          {T.cookiesHeading}
        </h2>
        <p className="mt-2">{T.cookiesText}</p>
      </section>

      <section aria-labelledby="rechten" className="mt-8 max-w-3xl">
        <h2 id="rechten" className="text-2xl font-bold">
          {T.rightsHeading}
        </h2>
        <p className="mt-2">{T.rightsIntro}</p>
        <ul className="mt-2 list-disc pl-6">
          {T.rights.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-2">
          {T.accountBefore} <Link href="/account">{T.accountLink}</Link> {T.accountAfter}{" "}
          <a href="https://autoriteitpersoonsgegevens.nl">{T.authority}</a>.
        </p>
      </section>
    </PublicPage>
  );
}
