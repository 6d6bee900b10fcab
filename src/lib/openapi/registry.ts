/**
 * A small OpenAPI 3.1 registry. Capability modules describe their /api/v1 operations with the SAME
 * zod schemas their domain functions validate with; the document is generated with zod 4's
 * z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Framework-free.
 */
import { z } from "zod";
import type { Permission } from "../auth/permissions";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/v1/gemeenten/{gemeente}/partners */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** The permission the API key's role needs; null for a public endpoint. */
  permission: Permission | null;
  /** Descriptions of the path parameters (all strings). */
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  /** Name of a registered schema (see schema()) for the JSON body. */
  body?: string;
  success: { status: number; description: string; schema?: string; list?: boolean };
  /** Error statuses this operation can answer besides 401/500. */
  errors?: number[];
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Geen geldige JSON",
  401: "Geen of ongeldige API-sleutel",
  403: "De rol van de sleutel heeft geen toestemming",
  404: "Bestaat niet, of hoort bij een andere gemeente",
  409: "Conflict, bijvoorbeeld een naam die al bestaat",
  413: "Verzoek te groot (meer dan 100 kB)",
  415: "Geen JSON",
  422: "Niet alle velden zijn goed ingevuld (zie fieldErrors)",
  500: "Fout aan onze kant",
  503: "Database niet bereikbaar",
};

export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

type SchemaEntry = { schema: z.ZodType; io: "input" | "output" };

export class OpenApiRegistry {
  private readonly schemas = new Map<string, SchemaEntry>();
  private readonly operations: ApiOperation[] = [];

  /** Register a named component schema. io "input" for request bodies, "output" for responses. */
  schema(name: string, schema: z.ZodType, io: "input" | "output"): string {
    const existing = this.schemas.get(name);
    if (existing && existing.schema !== schema) throw new Error(`OpenAPI schema ${name} registered twice`);
    this.schemas.set(name, { schema, io });
    return name;
  }

  add(op: ApiOperation): void {
    if (this.operations.some((o) => o.path === op.path && o.method === op.method)) {
      throw new Error(`OpenAPI operation ${op.method.toUpperCase()} ${op.path} registered twice`);
    }
    if (this.operations.some((o) => o.operationId === op.operationId)) throw new Error(`operationId ${op.operationId} used twice`);
    this.operations.push(op);
  }

  list(): readonly ApiOperation[] {
    return this.operations;
  }

  build(info: { title: string; version: string; description?: string }): Record<string, unknown> {
    const components: Record<string, unknown> = {
      Error: jsonSchema(ZApiError, "output"),
    };
    for (const [name, entry] of this.schemas) components[name] = jsonSchema(entry.schema, entry.io);

    const ref = (name: string) => {
      if (!components[name]) throw new Error(`OpenAPI schema ${name} is not registered`);
      return { $ref: `#/components/schemas/${name}` };
    };
    const errorResponse = (status: number) => ({
      description: ERROR_DESCRIPTIONS[status] ?? "Fout",
      content: { "application/json": { schema: ref("Error") } },
    });

    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of this.operations) {
      const parameters: unknown[] = [];
      for (const [name, description] of Object.entries(op.pathParams ?? {})) {
        parameters.push({ name, in: "path", required: true, description, schema: { type: "string" } });
      }
      if (op.query) {
        const q = jsonSchema(op.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, schema] of Object.entries(q.properties ?? {})) {
          parameters.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema });
        }
      }
      const responses: Record<string, unknown> = {};
      if (op.success.schema) {
        const item = ref(op.success.schema);
        responses[String(op.success.status)] = {
          description: op.success.description,
          content: {
            "application/json": {
              schema: { type: "object", required: ["data"], properties: { data: op.success.list ? { type: "array", items: item } : item } },
            },
          },
        };
      } else {
        responses[String(op.success.status)] = { description: op.success.description };
      }
      const statuses = new Set([...(op.permission ? [401, 403, 404] : []), ...(op.body ? [400, 413, 415, 422] : []), ...(op.errors ?? []), 500]);
      for (const s of [...statuses].sort()) responses[String(s)] = errorResponse(s);

      (paths[op.path] ??= {})[op.method] = {
        operationId: op.operationId,
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        tags: op.tags,
        ...(op.permission ? { security: [{ apiKey: [] }], "x-permission": op.permission } : { security: [] }),
        ...(parameters.length ? { parameters } : {}),
        ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } } : {}),
        responses,
      };
    }

    return {
      openapi: "3.1.0",
      info: { title: info.title, version: info.version, ...(info.description ? { description: info.description } : {}) },
      servers: [{ url: "/" }],
      security: [{ apiKey: [] }],
      paths,
      components: {
        schemas: components,
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "API-sleutel van de gemeente: Authorization: Bearer sk_live_…" },
        },
      },
    };
  }
}

/** zod → JSON Schema 2020-12 without the $schema line (OpenAPI 3.1 sets the dialect). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
