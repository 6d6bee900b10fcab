import { pageContext } from "@/components/shell/page-context";
import { buildCouncilReport } from "@/modules/plan/server/council-report";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ periode?: string }> };
export const metadata = { title: "Raadsinformatiebrief" };

/**
 * The raadsinformatiebrief as a web page: the same document as the PDF (buildCouncilReport, one
 * source), in HTML with headings and real tables (caption, column and row headers), so a screen
 * reader can read it and anyone can print it or copy it into the council's own letter. The PDF
 * (pdf-lib) has no tags; this page is its accessible version.
 */
export default async function CouncilLetterPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const period = resolvePeriod((await searchParams).periode);
  const page = await pageContext(gemeente, "Raadsinformatiebrief", "dashboard:read");
  if (!page.ctx) return page.refusal;
  const doc = await buildCouncilReport(page.ctx, period);
  const periodQuery = period.key === "12m" ? "" : `?periode=${period.key}`;
  return (
    <article className="max-w-4xl">
      <p className="text-muted">Raadsinformatiebrief</p>
      <h1 className="text-3xl font-bold">{doc.title}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">Gemeente</dt><dd>{doc.gemeente}</dd>
        <dt className="font-semibold">Datum</dt><dd>{doc.dateLabel}</dd>
      </dl>
      <p className="mt-3 print:hidden">
        <a className="underline" href={`/app/${page.ctx.gemeente.slug}/dashboard/rapport.pdf${periodQuery}`} download>Download dezelfde brief als PDF</a>
      </p>
      {doc.intro.map((p, i) => (<p key={i} className="mt-3 text-lg">{p}</p>))}
      {doc.sections.map((s, i) => (
        <section key={s.title} aria-labelledby={`deel-${i}`} className="mt-8">
          <h2 id={`deel-${i}`} className="text-2xl font-bold">{s.title}</h2>
          {s.note && <p className="mt-1 text-muted">{s.note}</p>}
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{s.title}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  {s.head.map((h, j) => (<th key={j} scope="col" className={`py-2 pr-4 ${j ? "text-right" : ""}`}>{h}</th>))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, k) => (
                  <tr key={k} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">{r[0]}</th>
                    {r.slice(1).map((c, j) => (<td key={j} className="py-2 pr-4 text-right">{c}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <p className="mt-8 text-sm text-muted">{doc.footer}</p>
    </article>
  );
}
