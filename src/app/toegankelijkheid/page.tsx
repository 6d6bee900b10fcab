import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.legalPages.accessibility.title };
}

/** The accessibility statement in B1 Dutch: the goal, how it is checked, what is known not to work yet. */
export default async function ToegankelijkheidPage() {
  const { t } = await getT();
  const T = t.legalPages.accessibility;
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{T.title}</h1>
      <p className="mt-4 max-w-3xl text-lg">{T.intro}</p>

      <section aria-labelledby="stand" className="mt-8 max-w-3xl">
        <h2 id="stand" className="text-2xl font-bold">
          {T.statusHeading}
        </h2>
        <p className="mt-2">
          {T.statusBefore} <strong>{T.statusStrong}</strong> {T.statusAfter}
        </p>
        <ul className="mt-2 list-disc pl-6">
          {T.checks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bekend" className="mt-8 max-w-3xl">
        <h2 id="bekend" className="text-2xl font-bold">
          {T.knownHeading}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {T.known.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="melden" className="mt-8 max-w-3xl">
        <h2 id="melden" className="text-2xl font-bold">
          {T.reportHeading}
        </h2>
        <p className="mt-2">{T.reportText}</p>
        <p className="mt-2 text-sm text-muted">{T.updated}</p>
      </section>
    </PublicPage>
  );
}
