import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { ZPartner, ZPartnerInput, ZPartnerListQuery, ZPartnerPatch } from "./schemas";

const BASE = "/api/v1/gemeenten/{gemeente}/partners";
const ID_PARAM = { ...GEMEENTE_PARAM, id: "Id van de coalitiepartner" };

export function registerPartnersApi(registry: OpenApiRegistry): void {
  registry.schema("Partner", ZPartner, "output");
  registry.schema("PartnerInput", ZPartnerInput, "input");
  registry.schema("PartnerPatch", ZPartnerPatch, "input");
  const tags = ["Coalitiepartners"];
  registry.add({
    method: "get",
    path: BASE,
    operationId: "listPartners",
    tags,
    permission: "partners:read",
    summary: "Alle coalitiepartners van de gemeente",
    pathParams: GEMEENTE_PARAM,
    query: ZPartnerListQuery,
    success: { status: 200, description: "De partners, op naam", schema: "Partner", list: true },
    errors: [422],
  });
  registry.add({
    method: "post",
    path: BASE,
    operationId: "createPartner",
    tags,
    permission: "partners:manage",
    summary: "Een coalitiepartner toevoegen",
    pathParams: GEMEENTE_PARAM,
    body: "PartnerInput",
    success: { status: 201, description: "De nieuwe partner", schema: "Partner" },
    errors: [409],
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}`,
    operationId: "getPartner",
    tags,
    permission: "partners:read",
    summary: "Eén coalitiepartner",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De partner", schema: "Partner" },
  });
  registry.add({
    method: "patch",
    path: `${BASE}/{id}`,
    operationId: "updatePartner",
    tags,
    permission: "partners:manage",
    summary: "Velden van een coalitiepartner wijzigen",
    pathParams: ID_PARAM,
    body: "PartnerPatch",
    success: { status: 200, description: "De gewijzigde partner", schema: "Partner" },
    errors: [409],
  });
  registry.add({
    method: "delete",
    path: `${BASE}/{id}`,
    operationId: "deletePartner",
    tags,
    permission: "partners:manage",
    summary: "Een coalitiepartner verwijderen",
    pathParams: ID_PARAM,
    success: { status: 204, description: "Verwijderd" },
  });
}
