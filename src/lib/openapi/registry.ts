/**
 * A small OpenAPI 3.1 registry. Capability modules describe their /api/v1 operations with the SAME
 * zod schemas their domain functions validate with; the document is generated with zod 4's
 * z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Framework-free.
 */
import { z } from "zod";
import type { Permission } from "../auth/permissions";
import { API_VERSION_HEADER, PROBLEM_CONTENT_TYPE, ZProblem } from "../http/problem";

type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

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
  /** A body that is not JSON (e.g. the CSV import): media type, description and an example. */
  rawBody?: { contentTypes: string[]; description: string; example: string };
  /** An example request body (JSON); otherwise the schema's own `examples` meta is shown. */
  bodyExample?: unknown;
  success: {
    status: number;
    description: string;
    schema?: string;
    list?: boolean;
    /** Extra top-level members beside `data` (e.g. the register's paging `meta`), as a registered schema name. */
    meta?: string;
    /** An example of `data`. */
    example?: unknown;
    /** The media type when the answer is not JSON (e.g. text/html). */
    contentType?: string;
  };
  /** Error statuses this operation can answer besides 401/500. */
  errors?: number[];
  /** Texts for error statuses that differ from the general ones (e.g. 413 for a 2 MB file). */
  errorTexts?: Record<number, string>;
  /** Still served, but clients should move on (OpenAPI `deprecated`). */
  deprecated?: boolean;
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
      Problem: jsonSchema(ZProblem, "output"),
    };
    for (const [name, entry] of this.schemas) components[name] = jsonSchema(entry.schema, entry.io);

    const ref = (name: string) => {
      if (!components[name]) throw new Error(`OpenAPI schema ${name} is not registered`);
      return { $ref: `#/components/schemas/${name}` };
    };
    const headers = { [API_VERSION_HEADER]: { $ref: `#/components/headers/${API_VERSION_HEADER}` } };
    const errorResponse = (status: number, text?: string) => ({
      description: text ?? ERROR_DESCRIPTIONS[status] ?? "Fout",
      headers,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } },
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
      const success = op.success;
      if (success.schema && success.contentType) {
        responses[String(success.status)] = {
          description: success.description,
          headers,
          content: { [success.contentType]: { schema: ref(success.schema) } },
        };
      } else if (success.schema) {
        const item = ref(success.schema);
        const data = success.list ? { type: "array", items: item } : item;
        const properties: Record<string, unknown> = { data };
        if (success.meta) properties.meta = ref(success.meta);
        responses[String(success.status)] = {
          description: success.description,
          headers,
          content: {
            "application/json": {
              schema: { type: "object", required: ["data"], properties },
              ...(success.example !== undefined ? { example: { data: success.example } } : {}),
            },
          },
        };
      } else {
        responses[String(success.status)] = { description: success.description, headers };
      }
      const statuses = new Set([
        ...(op.permission ? [401, 403, 404] : []),
        ...(op.body || op.rawBody ? [400, 413, 415, 422] : []),
        ...(op.errors ?? []),
        500,
      ]);
      for (const s of [...statuses].sort()) responses[String(s)] = errorResponse(s, op.errorTexts?.[s]);
      const requestBody = op.body
        ? {
            required: true,
            content: { "application/json": { schema: ref(op.body), ...(op.bodyExample !== undefined ? { example: op.bodyExample } : {}) } },
          }
        : op.rawBody
          ? {
              required: true,
              description: op.rawBody.description,
              content: Object.fromEntries(
                op.rawBody.contentTypes.map((t) => [t, { schema: { type: "string" }, example: op.rawBody!.example }]),
              ),
            }
          : undefined;

      (paths[op.path] ??= {})[op.method] = {
        operationId: op.operationId,
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        tags: op.tags,
        ...(op.permission ? { security: [{ apiKey: [] }], "x-permission": op.permission } : { security: [] }),
        ...(parameters.length ? { parameters } : {}),
        ...(requestBody ? { requestBody } : {}),
        ...(op.deprecated ? { deprecated: true } : {}),
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
        headers: {
          [API_VERSION_HEADER]: {
            description: "De volledige versie van de API (NL API Design Rules), bijvoorbeeld 1.1.0",
            required: true,
            schema: { type: "string", example: info.version },
          },
        },
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "API-sleutel van de gemeente: Authorization: Bearer sk_live_…" },
        },
      },
    };
  }
}

/**
 * zod → JSON Schema 2020-12 without the $schema line (OpenAPI 3.1 sets the dialect). A date (or a
 * string coerced to one) becomes an ISO 8601 string, which is what travels in JSON.
 */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: (c) => {
      const def = (c.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === "date") {
        c.jsonSchema.type = "string";
        c.jsonSchema.format = "date-time";
      }
    },
  }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
