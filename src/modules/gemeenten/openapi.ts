import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { ZGemeente } from "./schemas";

export const GEMEENTE_PARAM = { gemeente: "Korte naam (slug) van de gemeente, bijvoorbeeld samenstad" };

export function registerGemeentenApi(registry: OpenApiRegistry): void {
  registry.schema("Gemeente", ZGemeente, "output");
  registry.add({
    method: "get",
    path: "/api/v1/gemeenten/{gemeente}",
    operationId: "getGemeente",
    summary: "De gemeente zelf: naam en aantal inwoners",
    tags: ["Gemeenten"],
    permission: "gemeente:read",
    pathParams: GEMEENTE_PARAM,
    success: { status: 200, description: "De gemeente", schema: "Gemeente" },
  });
}
