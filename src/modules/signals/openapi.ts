import { z } from "zod";
import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { ZListInput, ZSignalInput } from "./schemas";

const BASE = "/api/v1/gemeenten/{gemeente}/signalen";
const ZReporterStatus = z.object({ status: z.enum(["ONTVANGEN", "OPGEPAKT", "AFGESLOTEN"]) });
const ZCreated = z.object({ id: z.uuid(), statusCode: z.string(), status: z.literal("ONTVANGEN") });

export function registerSignalsApi(registry: OpenApiRegistry): void {
  registry.schema("SignalInput", ZSignalInput, "input");
  registry.schema("SignalCreated", ZCreated, "output");
  registry.schema("SignalReporterStatus", ZReporterStatus, "output");
  registry.schema("SignalStatusCode", z.object({ code: z.string().min(8).max(64) }), "input");
  const tags = ["Signalen"];
  registry.add({
    method: "post",
    path: BASE,
    operationId: "createSignal",
    tags,
    permission: "signals:create",
    summary: "Een zorg doorgeven (intake voor partnersystemen)",
    pathParams: GEMEENTE_PARAM,
    body: "SignalInput",
    success: { status: 201, description: "Ontvangen; bewaar de statusCode om de stand te volgen", schema: "SignalCreated" },
    errors: [422],
  });
  registry.add({
    method: "get",
    path: BASE,
    operationId: "listSignals",
    tags,
    permission: "signals:work",
    summary: "De werklijst (zonder persoonsgegevens; afgesloten en geannuleerde signalen alleen met closed=true of dat status-filter)",
    pathParams: GEMEENTE_PARAM,
    query: ZListInput,
    success: { status: 200, description: "Signalen" },
    errors: [422],
  });
  registry.add({
    method: "post",
    path: `${BASE}/status`,
    operationId: "signalStatusByCodePost",
    tags,
    permission: null,
    summary: "De stand van een doorgegeven zorg, met de code in de body (aanbevolen: de code komt niet in logbestanden)",
    pathParams: GEMEENTE_PARAM,
    body: "SignalStatusCode",
    success: { status: 200, description: "Alleen ontvangen, opgepakt of afgesloten", schema: "SignalReporterStatus" },
  });
  registry.add({
    method: "get",
    path: `${BASE}/status`,
    operationId: "signalStatusByCode",
    tags,
    permission: null,
    summary: "De stand van een doorgegeven zorg, met de code in de URL (verouderd: gebruik POST)",
    pathParams: GEMEENTE_PARAM,
    deprecated: true,
    description:
      "Verouderd: de code komt zo in logbestanden van proxy's en servers. Gebruik POST …/signalen/status met de code in de body.",
    query: z.object({ code: z.string().min(8).max(64) }),
    success: { status: 200, description: "Alleen ontvangen, opgepakt of afgesloten", schema: "SignalReporterStatus" },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}`,
    operationId: "getOwnSignalStatus",
    tags,
    permission: "signals:create",
    summary: "De stand van een eigen doorgegeven zorg",
    pathParams: { ...GEMEENTE_PARAM, id: "Id van het signaal" },
    success: { status: 200, description: "Alleen de stand, geen persoonsgegevens" },
  });
}
