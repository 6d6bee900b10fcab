/**
 * The /api/v1 OpenAPI document. Each capability module that serves /api/v1 exports a
 * `register…Api(registry)` from its `openapi.ts`; to add a route, register it there and add the
 * function to MODULES below (one line). tests/integration/api-openapi.test.ts fails when a route
 * file under src/app/api/v1 has a method the document does not describe, and validates the whole
 * document with a real OpenAPI validator.
 */
import { z } from "zod";
import { API_VERSION, PROBLEM_CONTENT_TYPE } from "@/lib/http/problem";
import { OpenApiRegistry } from "@/lib/openapi/registry";
import { registerGemeentenApi } from "@/modules/gemeenten/openapi";
import { registerPartnersApi } from "@/modules/partners/openapi";
import { registerEngagementApi } from "@/modules/engagement/openapi";
import { registerSignalsApi } from "@/modules/signals/openapi";
import { registerEventsApi } from "@/modules/events/openapi";
import { registerCoalitionApi } from "@/modules/coalition/openapi";
import { registerOfferApi } from "@/modules/offer/openapi";

/** The document describes itself too (NL API Design Rules: publish the OAS at /api/v1/openapi.json). */
function registerMetaApi(registry: OpenApiRegistry): void {
  registry.schema(
    "OpenApiDocument",
    z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.looseObject({}) }),
    "output",
  );
  registry.add({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tags: ["Documentatie"],
    permission: null,
    summary: "Deze beschrijving van de API (OpenAPI 3.1). Leesbaar: /api/v1/docs",
    success: { status: 200, description: "Het OpenAPI-document", schema: "OpenApiDocument", contentType: "application/json" },
  });
}

const MODULES: Array<(registry: OpenApiRegistry) => void> = [
  registerGemeentenApi,
  registerPartnersApi,
  registerEngagementApi,
  registerSignalsApi,
  registerEventsApi,
  registerCoalitionApi,
  registerOfferApi,
  registerMetaApi,
];

let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const registry = new OpenApiRegistry();
  for (const register of MODULES) register(registry);
  cached = registry.build({
    title: "Samenkracht API",
    version: API_VERSION,
    description:
      "JSON API per gemeente, volgens de NL API Design Rules. Log in met een API-sleutel (Authorization: Bearer). " +
      "Elke sleutel hoort bij één gemeente en één rol. Een goed antwoord is { data }. Een fout is " +
      `${PROBLEM_CONTENT_TYPE} (RFC 9457): type, title, status, detail, en daarnaast onze vaste code en per veld fieldErrors. ` +
      "Elk antwoord heeft de kop API-Version met de volledige versie. Leesbare uitleg: /api/v1/docs.",
  });
  return cached;
}
