import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: unknown; security: unknown[] }>>;
  components: { schemas: Record<string, { properties?: Record<string, { enum?: string[]; maxLength?: number; minLength?: number }>; required?: string[] }> };
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
      expect.arrayContaining(["/api/v1/gemeenten/{gemeente}", "/api/v1/gemeenten/{gemeente}/partners", "/api/v1/gemeenten/{gemeente}/partners/{id}"]),
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
      const name = ref.replace("#/components/schemas/", "");
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });
});
