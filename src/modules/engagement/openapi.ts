/**
 * OpenAPI registrations for the engagement API (issue 3). Resource names (Dutch domain terms):
 *   /ondernemers                      registry (vestigingen): list with q/sector/wijk/step/sort/page, create
 *   /ondernemers/import               longlist CSV (text/csv), all or nothing
 *   /ondernemers/{id}                 get, update
 *   /ondernemers/{id}/stap            pipeline move with a reason
 *   /ondernemers/{id}/parkeren|terughalen|bevestiging|stoppen
 *   /ondernemers/{id}/bijdragen       contributions (in kind only)
 *   /ondernemers/{id}/twijfels        twijfel raise/list; …/twijfels/{twijfel}/besluit closes it
 *   /ondernemers/{id}/contactmomenten contact moments
 *   /register                         the PUBLIC partner register (no key)
 * Principle refusals answer 422 with code PRINCIPLE_* and the Dutch message.
 */
import { z } from "zod";
import { pageNumber } from "@/lib/input/paging";
import type { OpenApiRegistry } from "@/lib/openapi/registry";
import { GEMEENTE_PARAM } from "@/modules/gemeenten";
import { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";
import { IN_KIND_TYPES } from "./principles";
import {
  ZAcknowledge,
  ZCloseDoubt,
  ZContactMoment,
  ZContribution,
  ZCreateVestiging,
  ZMoveStep,
  ZOptionalReason,
  ZPipelineStep,
  ZRaiseDoubt,
  ZReason,
  ZSearchVestigingen,
  ZSector,
  ZUpdateVestiging,
  REGISTRY_SORTS,
  PUBLIC_REGISTER_MAX_PAGE_SIZE,
} from "./schemas";

const BASE = "/api/v1/gemeenten/{gemeente}/ondernemers";
const ID_PARAM = { ...GEMEENTE_PARAM, id: "Id van de vestiging (ondernemer)" };
const PRINCIPLE_NOTE =
  "Weigert wat tegen de principes ingaat met 422 en een code PRINCIPLE_VOLUNTARY, PRINCIPLE_NOT_EXCLUSIVE, PRINCIPLE_EQUAL_TREATMENT, PRINCIPLE_TRANSPARENCY, PRINCIPLE_NO_SPONSORSHIP of PRINCIPLE_DOUBT.";

// Response shapes (loose: the domain returns the stored row; these name the main fields).
const dateTime = z.string().describe("ISO 8601");
const ZVestigingOut = z.looseObject({
  id: z.string(),
  name: z.string(),
  sector: ZSector,
  address: z.string().nullable(),
  wijk: z.string().nullable(),
  step: ZPipelineStep,
  matrixScore: z.number().int(),
  parkedAt: dateTime.nullable(),
  stoppedAt: dateTime.nullable(),
  acknowledgedAt: dateTime.nullable(),
});
const ZVestigingPage = z.object({
  items: z.array(z.looseObject({ id: z.string(), name: z.string(), step: ZPipelineStep, openDoubts: z.number().int() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pages: z.number().int(),
});
const ZContributionOut = z.looseObject({
  id: z.string(),
  type: z.enum(IN_KIND_TYPES as [string, ...string[]]),
  description: z.string().nullable(),
});
const ZDoubtOut = z.looseObject({
  id: z.string(),
  status: z.enum(["OPEN", "CLOSED"]),
  reason: z.string(),
  decision: z.string().nullable(),
});
const ZContactMomentOut = z.looseObject({
  id: z.string(),
  kind: z.string(),
  at: dateTime,
  outcome: z.string().nullable(),
  nextAction: z.string().nullable(),
});
/** What POST …/import answers (importLonglist's result plus the encoding the file was read in). */
const ZImportResult = z
  .object({
    created: z.number().int().describe("Aantal ingelezen vestigingen"),
    encoding: z.enum(["utf-8", "windows-1252"]).describe("Hoe het bestand is gelezen: UTF-8, of Windows-1252 zoals Excel het opslaat"),
    encodingNotice: z.string().describe("Dezelfde informatie als zin voor de gebruiker"),
  })
  .meta({
    examples: [
      {
        created: 2,
        encoding: "windows-1252",
        encodingNotice: "Het bestand is gelezen als Windows-1252 (zoals Excel een CSV-bestand opslaat).",
      },
    ],
  });
/** The longlist CSV body: limits and texts shared by the route and the document. */
export const IMPORT_RAW_BODY = {
  maxBytes: 2 * 1024 * 1024,
  tooLarge: "Het bestand is te groot. Stuur hoogstens 2 MB.",
  accept: /^(text\/csv|text\/plain|application\/csv)\b/,
  wrongType: "Stuur het bestand als CSV (Content-Type: text/csv).",
};
/** The paging `meta` of the public register. */
const ZPublicRegisterMeta = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pages: z.number().int(),
  total: z.number().int().describe("Alle actieve samenwerkingen"),
  matching: z.number().int().describe("Hoeveel er passen bij 'zoek'"),
});
const ZPublicRegisterEntry = z.object({
  name: z.string(),
  organisation: z.string(),
  sector: z.string().describe("Sector in gewone taal"),
  whatTheyDo: z.string().nullable(),
  contributions: z.array(z.string()),
  since: z.string().describe("Datum (JJJJ-MM-DD) sinds wanneer ze meedoen"),
});
/** The API accepts `step` (the domain calls it `to`). */
const ZMoveStepApi = z.strictObject({ step: ZPipelineStep, reason: ZMoveStep.shape.reason });
/** Optional paging of the public register (the answer without them is the whole list). */
const ZPublicRegisterApiQuery = z.object({
  page: pageNumber("Het paginanummer").optional().describe("Paginanummer (vanaf 1)"),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PUBLIC_REGISTER_MAX_PAGE_SIZE)
    .optional()
    .describe("Aantal per pagina (standaard 100, hoogstens 500)"),
  zoek: z.string().max(100).optional().describe("Alleen namen (of organisatienamen) met deze tekst; alleen samen met page/pageSize"),
});

const ZRegistryQuery = ZSearchVestigingen.extend({
  parked: z.enum(["true", "false"]).optional(),
  stopped: z.enum(["true", "false"]).optional(),
  sort: z.enum(REGISTRY_SORTS).optional(),
});

export function registerEngagementApi(registry: OpenApiRegistry): void {
  registry.schema("Ondernemer", ZVestigingOut, "output");
  registry.schema("OndernemerPagina", ZVestigingPage, "output");
  registry.schema("OndernemerInput", ZCreateVestiging, "input");
  registry.schema("OndernemerPatch", ZUpdateVestiging, "input");
  registry.schema("StapInput", ZMoveStepApi, "input");
  registry.schema("RedenInput", ZReason, "input");
  registry.schema("OptioneleRedenInput", ZOptionalReason, "input");
  registry.schema("BevestigingInput", ZAcknowledge, "input");
  registry.schema("Bijdrage", ZContributionOut, "output");
  registry.schema("BijdrageInput", ZContribution, "input");
  registry.schema("Twijfel", ZDoubtOut, "output");
  registry.schema("TwijfelInput", ZRaiseDoubt, "input");
  registry.schema("TwijfelBesluitInput", ZCloseDoubt, "input");
  registry.schema("Contactmoment", ZContactMomentOut, "output");
  registry.schema("ContactmomentInput", ZContactMoment, "input");
  registry.schema("ImportResultaat", ZImportResult, "output");
  registry.schema("RegisterRegel", ZPublicRegisterEntry, "output");
  registry.schema("RegisterMeta", ZPublicRegisterMeta, "output");

  const tags = ["Ondernemers"];
  const manage = "engagement:manage" as const;
  const read = "engagement:read" as const;
  registry.add({
    method: "get",
    path: BASE,
    operationId: "listOndernemers",
    tags,
    permission: read,
    summary: "Het register van ondernemers: zoeken, filteren, sorteren, per pagina",
    pathParams: GEMEENTE_PARAM,
    query: ZRegistryQuery,
    description: "Sorteren op bijdrage of uitlichten kan niet (PRINCIPLE_EQUAL_TREATMENT).",
    success: { status: 200, description: "Eén pagina van het register", schema: "OndernemerPagina" },
    errors: [422],
  });
  registry.add({
    method: "post",
    path: BASE,
    operationId: "createOndernemer",
    tags,
    permission: manage,
    description: PRINCIPLE_NOTE,
    summary: "Een ondernemer (vestiging) toevoegen",
    pathParams: GEMEENTE_PARAM,
    body: "OndernemerInput",
    success: { status: 201, description: "De nieuwe vestiging", schema: "Ondernemer" },
  });
  registry.add({
    method: "post",
    path: `${BASE}/import`,
    operationId: "importOndernemers",
    tags,
    permission: manage,
    summary: "Een lijst van ondernemers inlezen als CSV (Content-Type: text/csv, hoogstens 2 MB)",
    description:
      "Alles of niets: heeft één regel een fout, dan wordt niets ingelezen (422 IMPORT_INVALID, fieldErrors per 'regel N'). " +
      "Het bestand mag UTF-8 zijn of Windows-1252 (zoals Nederlandse Excel een CSV opslaat); het antwoord zegt welke is gebruikt.",
    pathParams: GEMEENTE_PARAM,
    rawBody: {
      contentTypes: ["text/csv"],
      description: "De lijst van ondernemers: eerste regel kolomnamen (naam en sector verplicht), gescheiden door ; of ,. Hoogstens 2 MB.",
      example: "naam;sector;adres;wijk\r\nCafé De Hoek;restaurant;Markt 1;Centrum\r\n",
    },
    success: { status: 201, description: "Ingelezen", schema: "ImportResultaat" },
    errors: [413, 415, 422],
    errorTexts: { 413: IMPORT_RAW_BODY.tooLarge, 415: IMPORT_RAW_BODY.wrongType },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}`,
    operationId: "getOndernemer",
    tags,
    permission: read,
    summary: "Eén ondernemer met contactpersonen en geschiedenis",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De vestiging", schema: "Ondernemer" },
  });
  registry.add({
    method: "patch",
    path: `${BASE}/{id}`,
    operationId: "updateOndernemer",
    tags,
    permission: manage,
    description: PRINCIPLE_NOTE,
    summary: "Gegevens van een ondernemer wijzigen",
    pathParams: ID_PARAM,
    body: "OndernemerPatch",
    success: { status: 200, description: "De gewijzigde vestiging", schema: "Ondernemer" },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/stap`,
    operationId: "moveOndernemer",
    tags,
    permission: manage,
    summary: "Naar een andere stap (met reden)",
    pathParams: ID_PARAM,
    body: "StapInput",
    description: `Zonder bevestiging geen actieve stap (PRINCIPLE_VOLUNTARY); bij open twijfel niet vooruit (PRINCIPLE_DOUBT). 409 bij een stilgezette relatie of dezelfde stap. ${PRINCIPLE_NOTE}`,
    success: { status: 200, description: "De verplaatste vestiging", schema: "Ondernemer" },
    errors: [409],
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/parkeren`,
    operationId: "parkOndernemer",
    tags,
    permission: manage,
    summary: "De relatie even stilzetten (met reden)",
    pathParams: ID_PARAM,
    body: "RedenInput",
    success: { status: 200, description: "Stilgezet", schema: "Ondernemer" },
    errors: [409],
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/terughalen`,
    operationId: "reviveOndernemer",
    tags,
    permission: manage,
    summary: "Een stilgezette relatie terughalen (met reden)",
    pathParams: ID_PARAM,
    body: "RedenInput",
    success: { status: 200, description: "Teruggehaald", schema: "Ondernemer" },
    errors: [409],
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/bevestiging`,
    operationId: "acknowledgeOndernemer",
    tags,
    permission: manage,
    summary: `Vastleggen dat meedoen vrijwillig is en geen voordeel geeft ${WHEN_THE_GEMEENTE_BUYS}`,
    pathParams: ID_PARAM,
    body: "BevestigingInput",
    success: { status: 200, description: "Bevestiging vastgelegd", schema: "Ondernemer" },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/stoppen`,
    operationId: "stopOndernemer",
    tags,
    permission: manage,
    summary: "De samenwerking stoppen (geldt meteen; weg uit het openbare register)",
    pathParams: ID_PARAM,
    body: "OptioneleRedenInput",
    success: { status: 200, description: "Gestopt", schema: "Ondernemer" },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}/bijdragen`,
    operationId: "listBijdragen",
    tags,
    permission: read,
    summary: "Bijdragen van de ondernemer",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De bijdragen", schema: "Bijdrage", list: true },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/bijdragen`,
    operationId: "addBijdrage",
    tags,
    permission: manage,
    summary: "Een bijdrage in natura vastleggen (geld of sponsoring: PRINCIPLE_NO_SPONSORSHIP)",
    pathParams: ID_PARAM,
    body: "BijdrageInput",
    success: { status: 201, description: "De bijdrage", schema: "Bijdrage" },
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}/twijfels`,
    operationId: "listTwijfels",
    tags,
    permission: read,
    summary: "Twijfels over deze samenwerking",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De twijfels", schema: "Twijfel", list: true },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/twijfels`,
    operationId: "raiseTwijfel",
    tags,
    permission: manage,
    summary: "Twijfel melden: de samenwerking gaat niet verder tot er een besluit is",
    pathParams: ID_PARAM,
    body: "TwijfelInput",
    success: { status: 201, description: "De twijfel", schema: "Twijfel" },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/twijfels/{twijfel}/besluit`,
    operationId: "closeTwijfel",
    tags,
    permission: manage,
    summary: "Besluit over een twijfel: doorgaan of stoppen",
    pathParams: { ...ID_PARAM, twijfel: "Id van de twijfel" },
    body: "TwijfelBesluitInput",
    success: { status: 200, description: "De gesloten twijfel", schema: "Twijfel" },
    errors: [409],
  });
  registry.add({
    method: "get",
    path: `${BASE}/{id}/contactmomenten`,
    operationId: "listContactmomenten",
    tags,
    permission: read,
    summary: "Contactmomenten, nieuwste eerst",
    pathParams: ID_PARAM,
    success: { status: 200, description: "De contactmomenten", schema: "Contactmoment", list: true },
  });
  registry.add({
    method: "post",
    path: `${BASE}/{id}/contactmomenten`,
    operationId: "addContactmoment",
    tags,
    permission: manage,
    summary: "Een contactmoment vastleggen (gespreksstarter, uitkomst, volgende actie)",
    pathParams: ID_PARAM,
    body: "ContactmomentInput",
    success: { status: 201, description: "Het contactmoment", schema: "Contactmoment" },
  });
  registry.add({
    method: "get",
    path: "/api/v1/gemeenten/{gemeente}/register",
    operationId: "publicRegister",
    tags: ["Openbaar register"],
    permission: null,
    summary: "Openbaar partnerregister: wie doen er mee? (geen sleutel nodig)",
    description:
      "Elke actieve samenwerking, op alfabetische volgorde, met voor iedereen dezelfde gegevens. Niets persoonlijks. Een andere volgorde of uitlichten kan niet (PRINCIPLE_EQUAL_TREATMENT). " +
      "Zonder 'page' en 'pageSize' komt de hele lijst. Met een van beide komt één pagina (standaard 100, hoogstens 500 per pagina; 'zoek' filtert op naam) " +
      "en ernaast 'meta': { page, pageSize, pages, total, matching }. Een pagina na de laatste is leeg.",
    pathParams: GEMEENTE_PARAM,
    query: ZPublicRegisterApiQuery,
    success: {
      status: 200,
      description: "Het register (of één pagina ervan, met 'meta')",
      schema: "RegisterRegel",
      list: true,
      meta: "RegisterMeta",
      example: [
        {
          name: "Bakkerij Van Dijk",
          organisation: "Bakkerij Van Dijk",
          sector: "Bakker",
          whatTheyDo: "Koffie en een praatje op dinsdag",
          contributions: ["Ruimte"],
          since: "2026-03-01",
        },
      ],
    },
    errors: [404, 422],
  });
}
