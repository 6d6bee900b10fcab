/**
 * Issue 17, item 8: every gemeente's house style stays AA. The demo seed gives its gemeenten
 * different themes; this test computes the contrast of every pair of every gemeente's stored tokens
 * (and of the default), and checks that saving a theme under 4.5:1 is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { seedDemo } from "../../prisma/seed/index";
import { setTheme, themeBySlug } from "@/modules/gemeenten/server/theme";
import { AA_TEXT, DEFAULT_THEME, parseTheme, themeOf, themePairs } from "@/modules/gemeenten/theme";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

beforeAll(async () => {
  await seedDemo(ownerDb());
});
afterAll(closeOwnerDb);

describe("contrast in every gemeente's theme", () => {
  it("the seeded demo gemeenten have different themes, each stored theme valid and every pair at least 4.5:1", async () => {
    const rows = await ownerDb().gemeente.findMany({ select: { slug: true, settings: true } });
    const themes = new Map<string, string>();
    for (const g of rows) {
      const stored = (g.settings as Record<string, unknown> | null)?.theme;
      if (stored) expect(parseTheme(stored).ok, `${g.slug}: stored theme must pass`).toBe(true);
      const theme = themeOf(g.settings);
      themes.set(g.slug, theme.primary);
      for (const p of themePairs(theme)) expect(p.ratio, `${g.slug}: ${p.name}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(themes.get("samenstad")).toBeDefined();
    expect(themes.get("oosterwaard")).toBeDefined();
    expect(themes.get("samenstad")).not.toBe(themes.get("oosterwaard"));
    for (const p of themePairs(DEFAULT_THEME)) expect(p.ratio, `default: ${p.name}`).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it("the regisseur saves a valid theme; one under 4.5:1 is refused with a Dutch message and nothing changes", async () => {
    const g = await createGemeente({ name: "Kleurdorp" });
    const ctx = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "theme:manage");
    expect(await themeBySlug(g.slug)).toEqual(DEFAULT_THEME);
    await setTheme(ctx, { primary: "#5b2a86", accent: "#a1111b", font: "systeem" });
    expect(await themeBySlug(g.slug)).toEqual({ primary: "#5b2a86", accent: "#a1111b", font: "systeem" });
    const settings = (await ownerDb().gemeente.findUnique({ where: { id: g.id }, select: { settings: true } }))!.settings as Record<
      string,
      unknown
    >;
    expect(settings.wijken).toBeDefined(); // other settings are kept

    await expect(setTheme(ctx, { primary: "#9ad0c2", accent: "#a1111b", font: "geist" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { primary: [expect.stringMatching(/^Te weinig contrast/)] },
    });
    expect(await themeBySlug(g.slug)).toEqual({ primary: "#5b2a86", accent: "#a1111b", font: "systeem" });
  });

  it("only the regisseur and the platform admin may set it", async () => {
    const g = await createGemeente({ name: "Rechtdorp" });
    for (const role of ["AMBTENAAR", "LOKET", "ONDERNEMER", "PARTNER"] as const) {
      const actor = await actorWithRole(g, role);
      await expect(requireTenant(actor, { slug: g.slug }, "theme:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await themeBySlug(g.slug)).toEqual(DEFAULT_THEME);
  });
});
