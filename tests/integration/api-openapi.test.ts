import { readdirSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";
import { API_VERSION } from "@/lib/http/problem";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: unknown; security: unknown[] }>
  >;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, { enum?: string[]; maxLength?: number; minLength?: number }>; required?: string[] }
    >;
  };
};

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document listing the v1 paths", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const doc = JSON.parse(await res.text()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/gemeenten/{gemeente}",
        "/api/v1/gemeenten/{gemeente}/partners",
        "/api/v1/gemeenten/{gemeente}/partners/{id}",
      ]),
    );
    expect(Object.keys(doc.paths["/api/v1/gemeenten/{gemeente}/partners"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/gemeenten/{gemeente}/partners/{id}"]).sort()).toEqual(["delete", "get", "patch"]);
    const post = doc.paths["/api/v1/gemeenten/{gemeente}/partners"].post;
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["201", "401", "403", "404", "409", "413", "422", "500"]));
    expect(post.security).toEqual([{ apiKey: [] }]);
  });

  it("generates schemas from the same zod schemas the domain validates with", async () => {
    const doc = (await (await GET()).json()) as Doc;
    const input = doc.components.schemas.PartnerInput;
    expect(input.required).toEqual(expect.arrayContaining(["name", "kind", "circle"]));
    expect(input.properties?.name).toMatchObject({ minLength: 2, maxLength: 120 });
    expect(input.properties?.kind.enum).toContain("WELZIJN");
    expect(input.properties?.circle.enum).toEqual(["WERKGROEP", "KERNTEAM", "LOKALE_COALITIE", "GEINFORMEERD"]);
    // Every $ref points at a defined component.
    for (const ref of collectRefs(doc)) {
      const [, kind, name] = ref.split("/").slice(1);
      expect((doc.components as unknown as Record<string, Record<string, unknown>>)[kind]?.[name], ref).toBeDefined();
    }
  });

  it("is a valid OpenAPI 3.1 document for a real validator (swagger-parser: schema and $refs)", async () => {
    const doc = (await (await GET()).json()) as Record<string, unknown>;
    // validate() dereferences in place: give it a copy. It throws with the first error it finds.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("describes every method of every route file under src/app/api/v1", async () => {
    const doc = (await (await GET()).json()) as Doc;
    const root = path.resolve("src/app/api/v1");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    expect(files.length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      const apiPath = `/api/v1/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}").replace(/\/\.$/, "");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (typeof mod[method] !== "function") continue;
        if (!doc.paths[apiPath]?.[method.toLowerCase()]) missing.push(`${method} ${apiPath}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("follows the NL API Design Rules: problem+json errors, the API-Version header, examples, deprecation", async () => {
    const res = await GET();
    expect(res.headers.get("api-version")).toBe(API_VERSION);
    const doc = (await res.json()) as Doc & { info: { version: string }; components: { headers: Record<string, unknown> } };
    expect(doc.info.version).toBe(API_VERSION);
    expect(doc.components.headers["API-Version"]).toBeDefined();
    const problem = doc.components.schemas.Problem;
    expect(problem.required).toEqual(expect.arrayContaining(["type", "title", "status", "detail", "code"]));
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(item)) {
        for (const [status, r] of Object.entries(op.responses) as [
          string,
          { headers?: Record<string, unknown>; content?: Record<string, unknown> },
        ][]) {
          expect(r.headers?.["API-Version"], `${m} ${p} ${status}`).toBeDefined();
          if (Number(status) >= 400) expect(Object.keys(r.content ?? {}), `${m} ${p} ${status}`).toEqual(["application/problem+json"]);
        }
      }
    }
    const status = doc.paths["/api/v1/gemeenten/{gemeente}/signalen/status"] as unknown as Record<string, { deprecated?: boolean }>;
    expect(status.get.deprecated).toBe(true);
    expect(status.post.deprecated).toBeUndefined();
    // The CSV import: a text/csv requestBody and its own 413/415 texts.
    const imp = doc.paths["/api/v1/gemeenten/{gemeente}/ondernemers/import"].post as unknown as {
      requestBody: { content: Record<string, { example: string }> };
      responses: Record<string, { description: string }>;
    };
    expect(Object.keys(imp.requestBody.content)).toEqual(["text/csv"]);
    expect(imp.requestBody.content["text/csv"].example).toMatch(/^naam;sector/);
    expect(imp.responses["413"].description).toMatch(/2 MB/);
    expect(imp.responses["415"].description).toMatch(/CSV/);
    // Schemas that were hand-written or empty before are generated now.
    expect(doc.components.schemas.ImportResultaat.required).toEqual(expect.arrayContaining(["created", "encoding"]));
    const register = doc.paths["/api/v1/gemeenten/{gemeente}/register"].get.responses["200"] as {
      content: Record<string, { schema: { properties: Record<string, unknown> }; example?: unknown }>;
    };
    expect(register.content["application/json"].schema.properties.meta).toEqual({ $ref: "#/components/schemas/RegisterMeta" });
    expect(register.content["application/json"].example).toBeDefined();
    const json = JSON.stringify(doc);
    expect(json).not.toContain('"ImportResultaat":{}');
    // Date inputs are strings with a format, not the empty schema {}.
    const contact = doc.components.schemas.ContactmomentInput as { properties: Record<string, unknown> };
    for (const [name, schema] of Object.entries(contact.properties)) expect(schema, name).not.toEqual({});
    // Examples come from the zod schemas' meta.
    expect((doc.components.schemas.Bijeenkomst as { examples?: unknown[] }).examples?.length).toBeGreaterThan(0);
  });

  it("the klankbordgroep API carries no member data", async () => {
    const doc = (await (await GET()).json()) as Doc;
    const keys = Object.keys(doc.components.schemas.KlankbordInbreng.properties ?? {});
    expect(keys).not.toEqual(expect.arrayContaining(["displayName"]));
    for (const forbidden of ["displayName", "contact", "riskGroups", "memberId", "name"]) expect(keys).not.toContain(forbidden);
    expect(Object.keys(doc.paths).filter((p) => p.includes("klankbordgroep"))).toEqual([
      "/api/v1/gemeenten/{gemeente}/klankbordgroep/inbreng",
      "/api/v1/gemeenten/{gemeente}/klankbordgroep/bijeenkomsten",
    ]);
  });
});
