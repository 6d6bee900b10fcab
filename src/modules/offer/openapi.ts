import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { ZOfferSearch, ZPublicOffer } from "./schemas";

/** The open sociale kaart: the same zod schemas the search validates with and the answer is typed by. */
export function registerOfferApi(registry: OpenApiRegistry): void {
  registry.schema("Activiteit", ZPublicOffer, "output");
  registry.add({
    method: "get",
    path: "/api/v1/gemeenten/{gemeente}/aanbod",
    operationId: "publicOffer",
    summary: "Activiteiten en hulp tegen eenzaamheid (geen sleutel nodig)",
    description:
      "Het gepubliceerde aanbod dat de aanbieder onlangs bevestigde, op titel, 20 per pagina. Velden naar het model van HSDS / Open Referral: " +
      "doelgroep, wijk, plek met adres, dagen en tijden (of in woorden, bijvoorbeeld 'op afspraak'), kosten (GRATIS, BEDRAG in eurocent, ONBEKEND) en toegankelijkheid. " +
      "Dezelfde filters als de pagina /g/{gemeente}/aanbod. Naast 'data' staat 'meta': { page, pageSize, pages, total, matching }. Een pagina na de laatste is leeg.",
    tags: ["Activiteiten en hulp"],
    permission: null,
    pathParams: GEMEENTE_PARAM,
    query: ZOfferSearch,
    success: { status: 200, description: "Eén pagina van het aanbod (met 'meta')", schema: "Activiteit", list: true },
    errors: [404, 422],
  });
}
