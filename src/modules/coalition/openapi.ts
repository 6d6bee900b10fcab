/**
 * OpenAPI registrations for the klankbordgroep (read only). Members are personal data and are NOT
 * in the API; input and meetings carry no member names (the same as the web page shows to staff).
 */
import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { ZKlankbordInputOut, ZKlankbordInputQuery, ZKlankbordMeetingOut } from "./schemas";

const BASE = "/api/v1/gemeenten/{gemeente}/klankbordgroep";

export function registerCoalitionApi(registry: OpenApiRegistry): void {
  registry.schema("KlankbordInbreng", ZKlankbordInputOut, "output");
  registry.schema("KlankbordBijeenkomst", ZKlankbordMeetingOut, "output");
  const tags = ["Klankbordgroep"];
  registry.add({
    method: "get",
    path: `${BASE}/inbreng`,
    operationId: "listKlankbordInbreng",
    tags,
    permission: "dashboard:read",
    summary: "Inbreng van de klankbordgroep en wat de coalitie ermee deed (zonder namen van leden)",
    pathParams: GEMEENTE_PARAM,
    query: ZKlankbordInputQuery,
    success: { status: 200, description: "De inbreng: eerst wat nog open staat, nieuwste eerst", schema: "KlankbordInbreng", list: true },
    errors: [422],
  });
  registry.add({
    method: "get",
    path: `${BASE}/bijeenkomsten`,
    operationId: "listKlankbordBijeenkomsten",
    tags,
    permission: "dashboard:read",
    summary: "Bijeenkomsten van de klankbordgroep (datum, onderwerp, aantekeningen)",
    pathParams: GEMEENTE_PARAM,
    success: { status: 200, description: "De bijeenkomsten, nieuwste eerst", schema: "KlankbordBijeenkomst", list: true },
  });
}
