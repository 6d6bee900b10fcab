/**
 * Errors of the JSON API as RFC 9457 "Problem Details" (application/problem+json), as the NL API
 * Design Rules ask (API-46), plus our own members: `code` (stable, e.g. PRINCIPLE_DOUBT) and
 * `fieldErrors` (Dutch messages per field). `type` is a URI that names the kind of problem; it
 * points at the readable API docs (section "Fouten"), so it stays stable when the text changes.
 * Framework-free; the version constant lives here so every /api/v1 response can send it.
 */
import { z } from "zod";

/** The full semantic version of /api/v1 (NL API Design Rules API-57: header `API-Version`). */
export const API_VERSION = "1.1.0";
export const API_VERSION_HEADER = "API-Version";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The short Dutch title per HTTP status (RFC 9457 `title`: the same for every occurrence). */
export const PROBLEM_TITLES: Record<number, string> = {
  400: "Ongeldig verzoek",
  401: "Niet ingelogd",
  403: "Geen toestemming",
  404: "Niet gevonden",
  409: "Conflict",
  413: "Verzoek te groot",
  415: "Verkeerd soort inhoud",
  422: "Niet verwerkt",
  429: "Te veel verzoeken",
  500: "Fout aan onze kant",
  503: "Tijdelijk niet beschikbaar",
};

export function problemType(code: string): string {
  return `/api/v1/docs#fout-${code.toLowerCase().replace(/_/g, "-")}`;
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  fieldErrors?: Record<string, string[]>;
};

export function problem(status: number, code: string, detail: string, fieldErrors?: Record<string, string[]>): Problem {
  return {
    type: problemType(code),
    title: PROBLEM_TITLES[status] ?? "Fout",
    status,
    detail,
    code,
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", [API_VERSION_HEADER]: API_VERSION, ...headers },
  });
}

/** The schema of a problem body — the OpenAPI document's `Problem` component is generated from it. */
export const ZProblem = z
  .object({
    type: z.string().describe("URI die de soort fout noemt (verwijst naar de uitleg in de API-documentatie)"),
    title: z.string().describe("Korte titel van de soort fout"),
    status: z.number().int().describe("De HTTP-statuscode"),
    detail: z.string().describe("Uitleg in gewone taal (Nederlands, B1)"),
    code: z.string().describe("Vaste foutcode, bijvoorbeeld VALIDATION of PRINCIPLE_DOUBT"),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().describe("Per veld wat er niet klopt"),
  })
  .meta({
    examples: [problem(422, "VALIDATION", "Niet alle velden zijn goed ingevuld.", { name: ["Vul een naam in van minstens 2 tekens."] })],
  });
