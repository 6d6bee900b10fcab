/**
 * The readable API documentation, derived from the OpenAPI document (one source): operations per
 * tag with their parameters, bodies, answers and examples, and the list of error codes. Pure;
 * the page at /api/v1/docs renders it as server HTML (no script, so it fits the CSP as is).
 */
import { ERROR_MESSAGES } from "../result";
import { PROBLEM_TITLES, problemType } from "../http/problem";

type Json = Record<string, unknown>;
type DocParam = { name: string; in: string; required: boolean; description: string; type: string };
type DocResponse = { status: string; description: string; mediaType: string | null; schema: string | null; example: string | null };
type DocOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  permission: string | null;
  deprecated: boolean;
  params: DocParam[];
  body: { mediaType: string; schema: string | null; example: string | null; description: string | null } | null;
  responses: DocResponse[];
};
export type DocTag = { name: string; operations: DocOperation[] };
export type DocError = { code: string; anchor: string; status: number | null; title: string | null; message: string };

const pretty = (v: unknown) => (v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v, null, 2));

function schemaLabel(schema: unknown): string | null {
  if (!schema || typeof schema !== "object") return null;
  const s = schema as Json;
  if (typeof s.$ref === "string") return s.$ref.replace("#/components/schemas/", "");
  if (s.type === "array" && s.items) return `lijst van ${schemaLabel(s.items)}`;
  const props = s.properties as Json | undefined;
  if (props?.data) {
    const data = schemaLabel(props.data);
    return props.meta ? `{ data: ${data}, meta: ${schemaLabel(props.meta)} }` : `{ data: ${data} }`;
  }
  return typeof s.type === "string" ? s.type : null;
}

function exampleOf(media: Json | undefined, components: Json): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const schema = media.schema as Json | undefined;
  const ref = (s: Json | undefined) =>
    s && typeof s.$ref === "string" ? (components[s.$ref.replace("#/components/schemas/", "")] as Json | undefined) : undefined;
  const own = ref(schema)?.examples as unknown[] | undefined;
  if (own?.length) return own[0];
  const data = (schema?.properties as Json | undefined)?.data as Json | undefined;
  const item = data?.type === "array" ? ref(data.items as Json) : ref(data);
  const ex = item?.examples as unknown[] | undefined;
  if (ex?.length) return { data: data?.type === "array" ? [ex[0]] : ex[0] };
  return undefined;
}

export function docsModel(doc: Json): { title: string; version: string; description: string; tags: DocTag[] } {
  const info = doc.info as Json;
  const components = ((doc.components as Json).schemas ?? {}) as Json;
  const tags = new Map<string, DocOperation[]>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, raw] of Object.entries(item as Json)) {
      const op = raw as Json;
      const params = ((op.parameters ?? []) as Json[]).map((p) => ({
        name: String(p.name),
        in: p.in === "path" ? "pad" : "query",
        required: p.required === true,
        description: String(p.description ?? (p.schema as Json)?.description ?? ""),
        type: String((p.schema as Json)?.type ?? (Array.isArray((p.schema as Json)?.enum) ? "keuze" : "")),
      }));
      const rb = op.requestBody as Json | undefined;
      const [bodyType, bodyMedia] = rb ? (Object.entries(rb.content as Json)[0] as [string, Json]) : [null, undefined];
      const responses = Object.entries(op.responses as Json).map(([status, r]) => {
        const resp = r as Json;
        const content = resp.content as Json | undefined;
        const [mediaType, media] = content ? (Object.entries(content)[0] as [string, Json]) : [null, undefined];
        return {
          status,
          description: String(resp.description ?? ""),
          mediaType,
          schema: schemaLabel(media?.schema),
          example: status.startsWith("2") ? pretty(exampleOf(media, components)) : null,
        };
      });
      const tag = ((op.tags as string[]) ?? ["Overig"])[0];
      const list = tags.get(tag) ?? [];
      list.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        description: op.description ? String(op.description) : null,
        permission: op["x-permission"] ? String(op["x-permission"]) : null,
        deprecated: op.deprecated === true,
        params,
        body: bodyType
          ? {
              mediaType: bodyType,
              schema: schemaLabel(bodyMedia?.schema),
              example: pretty(exampleOf(bodyMedia, components)),
              description: rb?.description ? String(rb.description) : null,
            }
          : null,
        responses,
      });
      tags.set(tag, list);
    }
  }
  return {
    title: String(info.title),
    version: String(info.version),
    description: String(info.description ?? ""),
    tags: [...tags].map(([name, operations]) => ({ name, operations })),
  };
}

/** Codes the API answers with besides the domain's own (PRINCIPLE_*, IMPORT_INVALID …). */
const API_CODES: Record<string, { status: number; message: string }> = {
  PAYLOAD_TOO_LARGE: { status: 413, message: "Het verzoek is te groot (JSON: hoogstens 100 kB; CSV-import: hoogstens 2 MB)." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Verkeerd soort inhoud: stuur JSON, of bij de import CSV." },
  INVALID_JSON: { status: 400, message: "De gegevens zijn geen geldige JSON." },
  IMPORT_INVALID: { status: 422, message: "Er is niets ingelezen: regels met een fout staan in fieldErrors ('regel N')." },
};

export function errorCodes(extra: Record<string, { status: number; message: string }> = {}): DocError[] {
  const statuses: Record<string, number> = {
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    BAD_ORIGIN: 403,
    NOT_FOUND: 404,
    VALIDATION: 422,
    CONFLICT: 409,
    RATE_LIMITED: 429,
    DB_UNAVAILABLE: 503,
    INVARIANT: 409,
    INTERNAL: 500,
  };
  const all: Record<string, { status: number | null; message: string }> = {};
  for (const [code, message] of Object.entries(ERROR_MESSAGES)) all[code] = { status: statuses[code] ?? null, message };
  Object.assign(all, API_CODES, extra);
  return Object.entries(all).map(([code, v]) => ({
    code,
    anchor: problemType(code).split("#")[1],
    status: v.status,
    title: v.status ? (PROBLEM_TITLES[v.status] ?? null) : null,
    message: v.message,
  }));
}
