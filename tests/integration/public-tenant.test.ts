import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { closeOwnerDb, createGemeente } from "../support/factories";

let a: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
});
afterAll(closeOwnerDb);

describe("publicTenantOrNotFound (public pages)", () => {
  it("gives the public context of a known gemeente", async () => {
    const ctx = await publicTenantOrNotFound(a.slug);
    expect(ctx.gemeente).toMatchObject({ id: a.id, slug: a.slug, name: "Aadorp" });
    expect(ctx.role).toBe("PUBLIC");
    expect(ctx.userId).toBeNull();
  });

  it("turns an unknown gemeente into Next's 404 (not an AppError that would become a 500)", async () => {
    const error = await publicTenantOrNotFound("bestaat-niet").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { digest?: string }).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});
