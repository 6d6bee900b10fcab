import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PublicPage } from "@/components/page-shell";
import { openApiDocument } from "@/server/openapi/document";
import { docsModel, errorCodes } from "@/lib/openapi/docs-model";
import { PRINCIPLES } from "@/modules/engagement/principles";
import { getT } from "@/i18n/server";

const OPENAPI_PATH = "/api/v1/openapi.json";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.adminPages.apiDocs.title };
}

/**
 * The readable API documentation at /api/v1/docs, rendered on the server from the OpenAPI document
 * (docs/decisions/0017: no Scalar/Redoc bundle — they need inline scripts and styles the CSP's
 * nonce does not cover, and this page needs no JavaScript at all).
 */
export default async function ApiDocsPage() {
  const { t } = await getT();
  const x = t.adminPages.apiDocs;
  const model = docsModel(openApiDocument());
  const codes = errorCodes(
    Object.fromEntries(Object.entries(PRINCIPLES).map(([code, p]) => [code, { status: 422, message: `${p.title}. ${p.message}` }])),
  );
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">{model.title}</h1>
      <p className="mt-2 text-muted">
        {x.version(model.version)}{" "}
        <a className="underline" href={OPENAPI_PATH}>
          {OPENAPI_PATH}
        </a>{" "}
        {x.openApi}
      </p>
      <p className="mt-3 max-w-3xl">{model.description}</p>

      <nav aria-label={x.partsLabel} className="mt-6">
        <h2 className="text-xl font-bold">{x.parts}</h2>
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
              {x.errors}
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
                {op.deprecated ? <strong> {x.deprecated}</strong> : null}
              </p>
              {op.description ? <p className="mt-1 text-muted">{op.description}</p> : null}
              <p className="mt-1 text-sm">{op.permission ? withCode(x.needsKey(op.permission)) : x.public}</p>
              {op.params.length ? (
                <table className="mt-3 w-full border-collapse text-left text-sm">
                  <caption className="text-left font-semibold">{x.parameters}</caption>
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="pr-4">
                        {x.paramName}
                      </th>
                      <th scope="col" className="pr-4">
                        {x.paramIn}
                      </th>
                      <th scope="col" className="pr-4">
                        {x.paramRequired}
                      </th>
                      <th scope="col">{x.paramDescription}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.params.map((p) => (
                      <tr key={`${p.in}-${p.name}`} className="border-b border-line">
                        <th scope="row" className="pr-4 font-normal">
                          <code>{p.name}</code>
                        </th>
                        <td className="pr-4">{p.in}</td>
                        <td className="pr-4">{p.required ? x.yes : x.no}</td>
                        <td>{p.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {op.body ? (
                <div className="mt-3 text-sm">
                  <p>
                    <span className="font-semibold">{x.requestBody}</span> <code>{op.body.mediaType}</code>
                    {op.body.schema ? <> {withCode(x.schema(op.body.schema))}</> : null}. {op.body.description}
                  </p>
                  {op.body.example ? <Example label={x.requestExample(`${op.method} ${op.path}`)} text={op.body.example} /> : null}
                </div>
              ) : null}
              <table className="mt-3 w-full border-collapse text-left text-sm">
                <caption className="text-left font-semibold">{x.responses}</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="pr-4">
                      {x.status}
                    </th>
                    <th scope="col" className="pr-4">
                      {x.meaning}
                    </th>
                    <th scope="col">{x.content}</th>
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
                        {r.mediaType ? <code>{r.mediaType}</code> : x.noContent}
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
                  <Example key={r.status} label={x.responseExample(String(r.status), `${op.method} ${op.path}`)} text={r.example!} />
                ))}
            </article>
          ))}
        </section>
      ))}

      <section aria-labelledby="fouten" className="mt-10">
        <h2 id="fouten" className="text-2xl font-bold">
          {x.errors}
        </h2>
        <p className="mt-2 max-w-3xl">{withCode(x.errorsIntro)}</p>
        <dl className="mt-4">
          {codes.map((c) => (
            <div key={c.code} id={c.anchor} className="mt-3">
              <dt className="font-semibold">
                <code>{c.code}</code>
                {statusNote(c)}
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

/** A catalogue text with `code` between backticks, the code parts in <code>. */
function withCode(text: string): ReactNode[] {
  return text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/** " (422 Unprocessable Content)" after an error code: its status and title. */
function statusNote(c: { status?: number | null; title?: string | null }): string {
  if (!c.status) return "";
  return c.title ? ` (${c.status} ${c.title})` : ` (${c.status})`;
}

function slug(s: string): string {
  return `deel-${s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")}`;
}
