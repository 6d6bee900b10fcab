import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicPage } from "@/components/page-shell";
import { publicTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { publicRegister } from "@/modules/engagement/server/public-register";

type Props = { params: Promise<{ gemeente: string }> };

async function load(slug: string) {
  try {
    return await publicTenant(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await load((await params).gemeente);
  return { title: `Wie doen er mee? Ondernemers in ${ctx.gemeente.name}` };
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The public partner register (PRINCIPLE_TRANSPARENCY): every active collaboration, alphabetical,
 * the same fields for everyone, nothing personal. Same data as GET /api/v1/gemeenten/{g}/register.
 */
export default async function PublicRegisterPage({ params }: Props) {
  const ctx = await load((await params).gemeente);
  const entries = await publicRegister(ctx);
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Wie doen er mee?</h1>
        <p className="mt-4 text-lg">
          Deze ondernemers in {ctx.gemeente.name} helpen mee tegen eenzaamheid. Meedoen is vrijwillig en geeft geen voordeel bij inkoop
          door de gemeente. Elke ondernemer kan meedoen. De gemeente neemt geen geld of sponsoring aan, alleen hulp zoals tijd, ruimte of
          kennis. Iedereen staat op deze lijst op dezelfde manier, op alfabet.
        </p>
        {entries.length === 0 ? (
          <p className="mt-6 text-lg">Er staan nog geen ondernemers op deze lijst.</p>
        ) : (
          <section aria-labelledby="ondernemers" className="mt-8">
            <h2 id="ondernemers" className="text-2xl font-bold">
              {entries.length === 1 ? "1 ondernemer doet mee" : `${entries.length} ondernemers doen mee`}
            </h2>
            <ul className="mt-4 space-y-4">
              {entries.map((e) => (
                <li key={`${e.name}|${e.organisation}|${e.since}`} className="rounded-lg border border-neutral-300 p-4">
                  <h3 className="text-xl font-semibold">{e.name}</h3>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    {e.organisation !== e.name && (
                      <>
                        <dt className="font-semibold">Organisatie</dt>
                        <dd>{e.organisation}</dd>
                      </>
                    )}
                    <dt className="font-semibold">Soort bedrijf</dt>
                    <dd>{e.sector}</dd>
                    {e.whatTheyDo && (
                      <>
                        <dt className="font-semibold">Wat ze doen</dt>
                        <dd>{e.whatTheyDo}</dd>
                      </>
                    )}
                    {e.contributions.length > 0 && (
                      <>
                        <dt className="font-semibold">Zo helpen ze</dt>
                        <dd>{e.contributions.join(", ")}</dd>
                      </>
                    )}
                    <dt className="font-semibold">Doet mee sinds</dt>
                    <dd>
                      <time dateTime={e.since}>{dateFormat.format(new Date(`${e.since}T00:00:00Z`))}</time>
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </PublicPage>
  );
}
