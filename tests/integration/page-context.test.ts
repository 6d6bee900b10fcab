import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { tenantOrRefusal } from "@/components/shell/page-context";
import { AppError } from "@/lib/result";
import { requireTenant } from "@/lib/auth/context";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";

let a: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
});
afterAll(closeOwnerDb);

describe("tenantOrRefusal (the shared page helper of /app/[gemeente]/…)", () => {
  it("gives the TenantContext when the role has the permission", async () => {
    const actor = await actorWithRole(a, "REGISSEUR");
    const page = await tenantOrRefusal(actor, a.slug, "Dashboard", "dashboard:read");
    expect(page.refusal).toBeUndefined();
    expect(page.ctx?.gemeente.id).toBe(a.id);
    expect(page.ctx?.role).toBe("REGISSEUR");
  });

  it("turns FORBIDDEN into the page's own title and a Dutch reason, no context", async () => {
    const actor = await actorWithRole(a, "ONDERNEMER");
    const page = await tenantOrRefusal(actor, a.slug, "Begroting", "dashboard:read");
    expect(page.ctx).toBeUndefined();
    const html = renderToStaticMarkup(page.refusal as ReactElement);
    expect(html).toContain('<h1 class="text-3xl font-bold">Begroting</h1>');
    expect(html).toContain(new AppError("FORBIDDEN").message);
    expect(html).not.toMatch(/Error|FORBIDDEN|stack/);
  });

  it("throws anything else on (unknown gemeente: NOT_FOUND, not a refusal)", async () => {
    const actor = await actorWithRole(a, "REGISSEUR");
    await expect(tenantOrRefusal(actor, "bestaat-niet", "Dashboard", "dashboard:read")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("with the gemeente the shell already resolved, the permission is checked exactly as by slug", async () => {
    const b = await createGemeente({ name: "Beekstad" });
    const shellCtx = await requireTenant(await actorWithRole(a, "ONDERNEMER"), { slug: a.slug }, "gemeente:read");
    const resolved = { resolved: shellCtx.gemeente };
    // the permitted role gets the context; a role without the permission the refusal
    expect((await tenantOrRefusal(await actorWithRole(a, "REGISSEUR"), resolved, "Dashboard", "dashboard:read")).ctx?.gemeente.id).toBe(
      a.id,
    );
    expect((await tenantOrRefusal(await actorWithRole(a, "ONDERNEMER"), resolved, "Dashboard", "dashboard:read")).ctx).toBeUndefined();
    // someone of another gemeente handed A's resolved gemeente still gets NOT_FOUND, nothing leaks
    await expect(requireTenant(await actorWithRole(b, "REGISSEUR"), resolved, "dashboard:read")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(requireTenant({ kind: "anonymous" }, resolved, "gemeente:read")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
