import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { openApiDocument } from "@/server/openapi/document";
import { docsModel, errorCodes } from "@/lib/openapi/docs-model";
import { PRINCIPLES } from "@/modules/engagement/principles";

export const metadata: Metadata = { title: "API-documentatie" };

/**
 * The readable API documentation at /api/v1/docs, rendered on the server from the OpenAPI document
 * (docs/decisions/0017: no Scalar/Redoc bundle — they need inline scripts and styles the CSP's
 * nonce does not cover, and this page needs no JavaScript at all).
 */
export default function ApiDocsPage() {
  const model = docsModel(openApiDocument());
  const codes = errorCodes(
    Object.fromEntries(Object.entries(PRINCIPLES).map(([code, p]) => [code, { status: 422, message: `${p.title}. ${p.message}` }])),
  );
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{model.title}</h1>
      <p className="mt-2 text-muted">
        Versie {model.version}. Machineleesbaar:{" "}
        <a className="underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <p className="mt-3 max-w-3xl">{model.description}</p>

      <nav aria-label="Onderdelen van de API" className="mt-6">
        <h2 className="text-xl font-bold">Onderdelen</h2>
        <ul className="mt-2 list-disc pl-6">
          {model.tags.map((t) => (
            <li key={t.name}>
              <a className="underline" href={`#${slug(t.name)}`}>
                {t.name}
              </a>
            </li>
          ))}
          <li>
            <a className="underline" href="#fouten">
              Fouten
            </a>
          </li>
        </ul>
      </nav>

      {model.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={slug(tag.name)} className="mt-10">
          <h2 id={slug(tag.name)} className="text-2xl font-bold">
            {tag.name}
          </h2>
          {tag.operations.map((op) => (
            <article key={op.id} aria-labelledby={op.id} className="mt-6 border-t border-line pt-4">
              <h3 id={op.id} className="text-lg font-bold">
                <code>
                  {op.method} {op.path}
                </code>
              </h3>
              <p className="mt-1">
                {op.summary}
                {op.deprecated ? <strong> Verouderd: gebruik dit niet meer in nieuwe koppelingen.</strong> : null}
              </p>
              {op.description ? <p className="mt-1 text-muted">{op.description}</p> : null}
              <p className="mt-1 text-sm">
                {op.permission ? (
                  <>
                    Sleutel nodig met toestemming <code>{op.permission}</code>.
                  </>
                ) : (
                  "Openbaar: geen sleutel nodig."
                )}
              </p>
              {op.params.length ? (
                <table className="mt-3 w-full border-collapse text-left text-sm">
                  <caption className="text-left font-semibold">Parameters</caption>
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="pr-4">
                        Naam
                      </th>
                      <th scope="col" className="pr-4">
                        Waar
                      </th>
                      <th scope="col" className="pr-4">
                        Verplicht
                      </th>
                      <th scope="col">Uitleg</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.params.map((p) => (
                      <tr key={`${p.in}-${p.name}`} className="border-b border-line">
                        <th scope="row" className="pr-4 font-normal">
                          <code>{p.name}</code>
                        </th>
                        <td className="pr-4">{p.in}</td>
                        <td className="pr-4">{p.required ? "ja" : "nee"}</td>
                        <td>{p.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {op.body ? (
                <div className="mt-3 text-sm">
                  <p>
                    <span className="font-semibold">Inhoud van het verzoek:</span> <code>{op.body.mediaType}</code>
                    {op.body.schema ? (
                      <>
                        {" "}
                        (schema <code>{op.body.schema}</code>)
                      </>
                    ) : null}
                    . {op.body.description}
                  </p>
                  {op.body.example ? (
                    <Example label={`Voorbeeld van het verzoek voor ${op.method} ${op.path}`} text={op.body.example} />
                  ) : null}
                </div>
              ) : null}
              <table className="mt-3 w-full border-collapse text-left text-sm">
                <caption className="text-left font-semibold">Antwoorden</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="pr-4">
                      Status
                    </th>
                    <th scope="col" className="pr-4">
                      Betekenis
                    </th>
                    <th scope="col">Inhoud</th>
                  </tr>
                </thead>
                <tbody>
                  {op.responses.map((r) => (
                    <tr key={r.status} className="border-b border-line">
                      <th scope="row" className="pr-4">
                        {r.status}
                      </th>
                      <td className="pr-4">{r.description}</td>
                      <td>
                        {r.mediaType ? <code>{r.mediaType}</code> : "geen"}
                        {r.schema ? (
                          <>
                            {" "}
                            — <code>{r.schema}</code>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {op.responses
                .filter((r) => r.example)
                .map((r) => (
                  <Example key={r.status} label={`Voorbeeld van het antwoord ${r.status} op ${op.method} ${op.path}`} text={r.example!} />
                ))}
            </article>
          ))}
        </section>
      ))}

      <section aria-labelledby="fouten" className="mt-10">
        <h2 id="fouten" className="text-2xl font-bold">
          Fouten
        </h2>
        <p className="mt-2 max-w-3xl">
          Een fout komt als <code>application/problem+json</code> (RFC 9457) met <code>type</code> (een adres op deze pagina),
          <code> title</code>, <code>status</code> en <code>detail</code> (uitleg in het Nederlands), en daarnaast onze vaste{" "}
          <code>code</code>
          en, bij invoerfouten, <code>fieldErrors</code> per veld. Een fout aan onze kant toont nooit technische details.
        </p>
        <dl className="mt-4">
          {codes.map((c) => (
            <div key={c.code} id={c.anchor} className="mt-3">
              <dt className="font-semibold">
                <code>{c.code}</code>
                {c.status ? ` (${c.status}${c.title ? ` ${c.title}` : ""})` : ""}
              </dt>
              <dd>{c.message}</dd>
            </div>
          ))}
        </dl>
      </section>
    </PublicPage>
  );
}

function Example({ label, text }: { label: string; text: string }) {
  return (
    <pre tabIndex={0} aria-label={label} className="mt-2 overflow-x-auto rounded border border-line bg-gray-50 p-3 text-xs">
      <code>{text}</code>
    </pre>
  );
}

function slug(s: string): string {
  return `deel-${s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")}`;
}
