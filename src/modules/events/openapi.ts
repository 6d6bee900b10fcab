/** OpenAPI registrations for the events API (read only): the agenda and who registered. */
import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { ZEvent, ZRegistrant } from "./schemas";

const BASE = "/api/v1/gemeenten/{gemeente}/bijeenkomsten";
const ID_PARAM = { ...GEMEENTE_PARAM, id: "Id van de bijeenkomst" };

export function registerEventsApi(registry: OpenApiRegistry): void {
  registry.schema("Bijeenkomst", ZEvent, "output");
  registry.schema("Aanmelding", ZRegistrant, "output");
  const tags = ["Bijeenkomsten"];
  registry.add({
    method: "get",
    path: BASE,
    operationId: "listBijeenkomsten",
    tags,
    permission: "gemeente:read",
    summary: "De agenda: bijeenkomsten en trainingen, op begintijd",
    pathParams: GEMEENTE_PARAM,
    success: { status: 200, description: "De bijeenkomsten, ook afgelaste (cancelled)", schema: "Bijeenkomst", list: true },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}`,
    operationId: "getBijeenkomst",
    tags,
    permission: "coalition:manage",
    summary: "Eén bijeenkomst met het aantal aanmeldingen",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De bijeenkomst", schema: "Bijeenkomst" },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}/aanmeldingen`,
    operationId: "listAanmeldingen",
    tags,
    permission: "coalition:manage",
    summary: "Wie zich heeft aangemeld (leden, geen inwoners) en wie er was",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De aanmeldingen, op volgorde van aanmelden", schema: "Aanmelding", list: true },
  });
}
