/**
 * The raadsinformatiebrief as HTML: the same document as the PDF (buildCouncilReport → one
 * CouncilReportDoc), rendered generically — paragraphs, a heading per section, real tables with
 * column and row headers. The tagged PDF (report/render-pdf.ts) walks the same document in the same
 * order, so both carry the same text (src/modules/plan/report/render-pdf.test.ts checks it).
 * A server component without hooks; `action` is the page's own link (not part of the letter).
 */
import { letterHead, type CouncilReportDoc } from "../report/document";

export function CouncilReportView({ doc, action }: { doc: CouncilReportDoc; action?: React.ReactNode }) {
  const head = letterHead(doc);
  return (
    <article className="max-w-4xl">
      <p className="text-muted">{head.kicker}</p>
      <h1 className="text-3xl font-bold">{doc.title}</h1>
      {head.meta.map((m) => (
        <p key={m.label} className="mt-1">
          <span className="font-semibold">{m.label}:</span> {m.value}
        </p>
      ))}
      {action}
      {doc.intro.map((p, i) => (
        <p key={i} className="mt-3 text-lg">
          {p}
        </p>
      ))}
      {doc.sections.map((s, i) => (
        <section key={s.title} aria-labelledby={`deel-${i}`} className="mt-8">
          <h2 id={`deel-${i}`} className="text-2xl font-bold">
            {s.title}
          </h2>
          {s.note && <p className="mt-1 text-muted">{s.note}</p>}
          <div className="mt-3 overflow-x-auto">
            <table aria-labelledby={`deel-${i}`} className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-line">
                  {s.head.map((h, j) => (
                    <th key={j} scope="col" className={`py-2 pr-4 ${j ? "text-right" : ""}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, k) => (
                  <tr key={k} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {r[0]}
                    </th>
                    {r.slice(1).map((c, j) => (
                      <td key={j} className="py-2 pr-4 text-right">
                        {c}
                      </td>
                    ))}
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
