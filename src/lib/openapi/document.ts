/**
 * The /api/v1 OpenAPI document. Each capability module that serves /api/v1 exports a
 * `register…Api(registry)` from its `openapi.ts`; add it to MODULES below.
 */
import { OpenApiRegistry } from "./registry";
import { registerGemeentenApi } from "@/modules/gemeenten/openapi";
import { registerPartnersApi } from "@/modules/partners/openapi";
import { registerEngagementApi } from "@/modules/engagement/openapi";
import { registerSignalsApi } from "@/modules/signals/openapi";
import { registerOfferApi } from "@/modules/offer/openapi";

const MODULES: Array<(registry: OpenApiRegistry) => void> = [registerGemeentenApi, registerPartnersApi, registerEngagementApi, registerSignalsApi, registerOfferApi];

let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const registry = new OpenApiRegistry();
  for (const register of MODULES) register(registry);
  cached = registry.build({
    title: "Samenkracht API",
    version: "1.0.0",
    description:
      "JSON API per gemeente. Log in met een API-sleutel (Authorization: Bearer). Elke sleutel hoort bij één gemeente en één rol. Antwoorden: { data } of { error: { code, message, fieldErrors? } }.",
  });
  return cached;
}
