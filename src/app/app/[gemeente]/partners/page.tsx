import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import { getCircles } from "@/modules/coalition/server/circles";
import { CIRCLE_DESCRIPTIONS, CIRCLE_ORDER } from "@/modules/coalition/schemas";
import { PlaceVestigingForm, PlacementForm } from "@/modules/coalition/components/placement-form";
import { movePartnerAction, placeVestigingAction } from "@/modules/coalition/actions";
import { setPublicContactAction } from "@/modules/gemeenten/actions";
import { PublicContactForm } from "@/modules/gemeenten/components/public-contact-form";
import { getPublicContact } from "@/modules/gemeenten/server/public-contact";
import { PartnerForm } from "@/modules/partners/components/partner-form";
import { createPartnerAction } from "@/modules/partners/actions";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ gemeente: string }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.nav.partners };
}

type Row = { key: string; kind: "partner" | "vestiging"; id: string; name: string; what: string; ambassador: string | null };

/**
 * The local coalition in its circles (werkgroep, kernteam, lokale coalitie, geïnformeerd): the
 * coalition partners and — for staff with engagement:read — the entrepreneurs. With
 * partners:manage: move anyone to another circle (a form per row, no dragging), add a partner, put
 * an entrepreneur in a circle.
 */
export default async function PartnersPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.coalitionPages.partners;
  const page = await pageContext(gemeente, t.nav.partners, "partners:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const { partners, vestigingen, candidates } = await getCircles(ctx);
  const mayManage = can(ctx.role, "partners:manage") && vestigingen !== null;
  const mayManagePartners = can(ctx.role, "partners:manage");
  // A sector by its name in the reader's language (the circles hold the key, e.g. "supermarkt").
  const sectorName = (key: string) => t.labels.sector[key as keyof typeof t.labels.sector] ?? key;

  const rowsIn = (circle: (typeof CIRCLE_ORDER)[number]): Row[] => [
    ...partners
      .filter((p) => p.circle === circle)
      .map((p) => ({
        key: `p-${p.id}`,
        kind: "partner" as const,
        id: p.id,
        name: p.name,
        what: t.labels.partnerKind[p.kind],
        ambassador: p.ambassador,
      })),
    ...(vestigingen ?? [])
      .filter((v) => v.circle === circle)
      .map((v) => ({
        key: `v-${v.id}`,
        kind: "vestiging" as const,
        id: v.id,
        name: v.name,
        what: x.entrepreneurWhat(sectorName(v.sector), v.stopped),
        ambassador: v.ambassador,
      })),
  ];

  return (
    <>
      <h1 className="text-3xl font-bold">{t.nav.partners}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name, vestigingen !== null)}</p>
      <p className="mt-2 text-lg">{x.counts(partners.length, vestigingen !== null ? vestigingen.length : null)}</p>

      {CIRCLE_ORDER.map((circle) => {
        const rows = rowsIn(circle);
        const headingId = `kring-${circle.toLowerCase()}`;
        return (
          <section key={circle} aria-labelledby={headingId} className="mt-8">
            <h2 id={headingId} className="text-2xl font-bold">
              {t.labels.circle[circle]} ({rows.length})
            </h2>
            <p className="mt-1 text-muted">{CIRCLE_DESCRIPTIONS[circle]}</p>
            {rows.length === 0 ? (
              <p className="mt-3">{x.nobodyInCircle}</p>
            ) : (
              <DataTable
                scroll
                className="mt-3"
                caption={x.circleCaption(t.labels.circle[circle], ctx.gemeente.name)}
                columns={[x.colName, x.colKind, x.colAmbassador, ...(mayManagePartners ? [x.colOtherCircle] : [])]}
              >
                {rows.map((r) => (
                  <tr key={r.key} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {r.name}
                    </th>
                    <td className="py-2 pr-4">{r.what}</td>
                    <td className="py-2 pr-4">{r.ambassador ?? "—"}</td>
                    {mayManagePartners ? (
                      <td className="py-2 pr-4">
                        {r.kind === "partner" || mayManage ? (
                          <PlacementForm
                            action={
                              r.kind === "partner"
                                ? movePartnerAction.bind(null, ctx.gemeente.slug, r.id)
                                : placeVestigingAction.bind(null, ctx.gemeente.slug, r.id)
                            }
                            kind={r.kind}
                            id={r.id}
                            name={r.name}
                            circle={circle}
                            ambassador={r.ambassador}
                            texts={x.placementForm}
                          />
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        );
      })}

      {mayManage ? (
        <section aria-labelledby="ondernemer-plaatsen" className="mt-10">
          <h2 id="ondernemer-plaatsen" className="text-2xl font-bold">
            {x.placeTitle}
          </h2>
          {candidates.length === 0 ? (
            <p className="mt-3">{x.allPlaced}</p>
          ) : (
            <PlaceVestigingForm
              action={placeVestigingAction.bind(null, ctx.gemeente.slug, null)}
              options={candidates.map((v) => ({ id: v.id, label: `${v.name} (${sectorName(v.sector)})` }))}
              texts={x.placeForm}
            />
          )}
        </section>
      ) : null}

      {mayManagePartners ? (
        <section aria-labelledby="partner-toevoegen" className="mt-10">
          <h2 id="partner-toevoegen" className="text-2xl font-bold">
            {x.addPartnerTitle}
          </h2>
          <PartnerForm action={createPartnerAction.bind(null, ctx.gemeente.slug)} texts={x.partnerForm} />
        </section>
      ) : null}

      {can(ctx.role, "coalition:manage") ? (
        <section aria-labelledby="contact-meedoen" className="mt-10">
          <h2 id="contact-meedoen" className="text-2xl font-bold">
            {x.contactTitle}
          </h2>
          <PublicContactForm
            action={setPublicContactAction.bind(null, ctx.gemeente.slug)}
            {...await getPublicContact(ctx)}
            texts={t.publicPages.contactForm}
          />
        </section>
      ) : null}
    </>
  );
}
