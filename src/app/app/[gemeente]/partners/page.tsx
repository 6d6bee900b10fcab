import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { listPartners } from "@/modules/partners/server/list-partners";
import { PartnerForm } from "@/modules/partners/components/partner-form";
import { COALITION_CIRCLE_LABELS, PARTNER_KIND_LABELS } from "@/modules/partners/schemas";

type Props = { params: Promise<{ gemeente: string }> };

/** The coalition partners of one gemeente, and (with partners:manage) a form to add one. */
export default async function PartnersPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null; // the layout shows the refusal

  let ctx;
  try {
    ctx = await requireTenant(shell.actor, { slug: gemeente }, "partners:read");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") {
      return (
        <>
          <h1 className="text-3xl font-bold">Coalitiepartners</h1>
          <p className="mt-4 text-lg">{error.message}</p>
        </>
      );
    }
    throw error;
  }
  const partners = await listPartners(ctx);
  const mayManage = can(ctx.role, "partners:manage");

  return (
    <>
      <h1 className="text-3xl font-bold">Coalitiepartners</h1>
      <p className="mt-2 max-w-3xl text-lg">
        De organisaties zonder winstdoel die in {ctx.gemeente.name} samen werken tegen eenzaamheid.
      </p>

      <section aria-labelledby="lijst" className="mt-8">
        <h2 id="lijst" className="text-2xl font-bold">
          Alle partners ({partners.length})
        </h2>
        {partners.length === 0 ? (
          <p className="mt-4">Er zijn nog geen partners.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Coalitiepartners van {ctx.gemeente.name}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">Naam</th>
                  <th scope="col" className="py-2 pr-4">Soort</th>
                  <th scope="col" className="py-2 pr-4">Kring</th>
                  <th scope="col" className="py-2 pr-4">Ambassadeur</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p) => (
                  <tr key={p.id} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-semibold">{p.name}</th>
                    <td className="py-2 pr-4">{PARTNER_KIND_LABELS[p.kind]}</td>
                    <td className="py-2 pr-4">{COALITION_CIRCLE_LABELS[p.circle]}</td>
                    <td className="py-2 pr-4">{p.ambassador ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {mayManage ? (
        <section aria-labelledby="partner-toevoegen" className="mt-10">
          <h2 id="partner-toevoegen" className="text-2xl font-bold">
            Partner toevoegen
          </h2>
          <PartnerForm gemeenteSlug={ctx.gemeente.slug} />
        </section>
      ) : null}
    </>
  );
}
