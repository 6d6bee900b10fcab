/**
 * Gemeente.settings has one writer (modules/gemeenten/server/settings.ts): each module's part —
 * theme, wijken, public contact, signals, engagement — is written through it and no write drops
 * another module's part (real PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { readSettings, writeSettings } from "@/modules/gemeenten/server/settings";
import { setTheme } from "@/modules/gemeenten/server/theme";
import { setWijken } from "@/modules/gemeenten/server/wijken";
import { setPublicContact } from "@/modules/gemeenten/server/public-contact";
import { setSignalCategories, updateSignalSettings } from "@/modules/signals/server/settings";
import { updateEngagementSettings } from "@/modules/engagement/server/vasthouden";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

let g: Awaited<ReturnType<typeof createGemeente>>;
let reg: TenantContext;
let amb: TenantContext;
const stored = async () => (await ownerDb().gemeente.findUniqueOrThrow({ where: { id: g.id } })).settings as Record<string, unknown>;

beforeAll(async () => {
  g = await createGemeente({ name: "Instelstad" });
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "gemeente:read");
  amb = await requireTenant(await actorWithRole(g, "AMBTENAAR"), { slug: g.slug }, "gemeente:read");
});
afterAll(closeOwnerDb);

describe("Gemeente.settings: one writer, every part kept", () => {
  it("each module writes its own part and leaves the others as they were", async () => {
    await setTheme(reg, { primary: "#0b5d57", accent: "#b34700", font: "geist" });
    await setWijken(reg, { text: "Centrum\nNoord" });
    await setPublicContact(reg, { email: "coalitie@instelstad.nl", phone: "" });
    await updateEngagementSettings(amb, { dueWeeks: 7 });
    await setSignalCategories(reg, { text: "Eenzaamheid\nGeldzorgen" });
    await updateSignalSettings(reg, { retentionMonths: 24, cancelledRetentionMonths: 3, deadlineDays: {}, dailyDigest: true });

    const s = await stored();
    expect(s.theme).toMatchObject({ primary: "#0b5d57", accent: "#b34700", font: "geist" });
    expect(s.wijken).toEqual(["Centrum", "Noord"]);
    expect(s.publicContactEmail).toBe("coalitie@instelstad.nl");
    expect(s).not.toHaveProperty("publicContactPhone");
    expect(s.engagement).toEqual({ dueWeeks: 7 });
    // The signals part holds both the categories and the settings written after them.
    const signals = s.signals as Record<string, unknown>;
    expect((signals.categories as { label: string }[]).map((c) => c.label)).toEqual(["Eenzaamheid", "Geldzorgen"]);
    expect(signals).toMatchObject({ retentionMonths: 24, cancelledRetentionMonths: 3, dailyDigest: true });
  });

  it("a part's patch keeps the part's other keys; undefined removes a key; a stored non-object reads as empty", async () => {
    const part = await writeSettings(platformDb(), g.id, { dueWeeks: 9, extra: "x" }, { part: "engagement" });
    expect(part).toEqual({ dueWeeks: 9, extra: "x" });
    await writeSettings(platformDb(), g.id, { extra: undefined }, { part: "engagement" });
    expect((await stored()).engagement).toEqual({ dueWeeks: 9 });
    expect((await stored()).wijken).toEqual(["Centrum", "Noord"]);

    await ownerDb().gemeente.update({ where: { id: g.id }, data: { settings: ["not", "an", "object"] } });
    expect(await readSettings(platformDb(), g.id)).toEqual({});
    await setWijken(reg, { text: "Zuid" });
    expect(await stored()).toEqual({ wijken: ["Zuid"] });
  });
});
