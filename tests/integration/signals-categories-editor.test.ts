/**
 * The regisseur edits the gemeente's hulpvragen on the signal settings page (issue 16, item 6's
 * editor): one per line; a listed label keeps its key; a hulpvraag that signals have cannot be taken
 * off the list; other settings stay; audited; only the regisseur; another gemeente's signals do not
 * count.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { DEFAULT_CATEGORIES } from "@/modules/signals/categories";
import { createSignal } from "@/modules/signals/server/create-signal";
import { signalCategories } from "@/modules/signals/server/common";
import { setSignalCategories, updateSignalSettings } from "@/modules/signals/server/settings";
import { setWijken } from "@/modules/gemeenten/server/wijken";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G, b: G;
let reg: TenantContext, loket: TenantContext, regB: TenantContext, loketB: TenantContext;
const SITUATION = "Meneer zit sinds de zomer bijna elke avond alleen thuis.";
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code,
  );
const settingsOf = async (g: G) => (await ownerQuery(`SELECT settings FROM "Gemeente" WHERE id = $1`, [g.id])).rows[0].settings;

beforeAll(async () => {
  a = await createGemeente({ name: "Vraagstad", wijken: ["Noord"] });
  b = await createGemeente({ name: "Anderstad", wijken: ["Noord"] });
  reg = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "signals:assess");
  loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:create");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "signals:assess");
  loketB = await requireTenant(await actorWithRole(b, "LOKET"), { slug: b.slug }, "signals:create");
});
afterAll(closeOwnerDb);

describe("the hulpvragen editor", () => {
  it("saves the regisseur's list: listed labels keep their key, new ones get one, other settings stay; audited", async () => {
    await updateSignalSettings(reg, { retentionMonths: 7, cancelledRetentionMonths: 2, deadlineDays: {}, dailyDigest: false });
    const saved = await setSignalCategories(reg, { text: "Rouw en verlies\nSamen eten op zondag\n" });
    expect(saved).toEqual([
      { key: "rouw", label: "Rouw en verlies" },
      { key: "samen-eten-op-zondag", label: "Samen eten op zondag" },
    ]);
    expect(await signalCategories(loket)).toEqual(saved);
    expect((await settingsOf(a)).signals).toMatchObject({ retentionMonths: 7, cancelledRetentionMonths: 2 });
    const audit = (
      await ownerQuery(`SELECT "actorUserId", detail FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 AND action = 'signal.categories'`, [
        a.id,
      ])
    ).rows;
    expect(audit).toEqual([{ actorUserId: reg.userId, detail: { categories: ["rouw", "samen-eten-op-zondag"] } }]);
    // The new hulpvraag is usable at intake; one taken off the list is not.
    expect(
      await codeOf(
        createSignal(
          loket,
          { residentName: "Jan Avond", wijk: "Noord", situation: SITUATION, category: "samen-eten-op-zondag" },
          "LOKET_TELEFOON",
        ),
      ),
    ).toBe("ok");
    expect(
      await codeOf(
        createSignal(loket, { residentName: "Jan Avond", wijk: "Noord", situation: SITUATION, category: "geldzorgen" }, "LOKET_TELEFOON"),
      ),
    ).toBe("VALIDATION");
  });

  it("refuses to take off a hulpvraag that signals have, in Dutch, and changes nothing", async () => {
    const before = await settingsOf(a);
    const err = await setSignalCategories(reg, { text: "Rouw en verlies\nEten met buren" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.categories[0]).toBe(
      "Deze hulpvraag hoort bij signalen en kan niet van de lijst: Samen eten op zondag (1). Zet hem terug in de lijst. Een andere naam? Voeg die toe als nieuwe regel.",
    );
    expect(await settingsOf(a)).toEqual(before);
    // Keeping it and adding the new name works.
    expect((await setSignalCategories(reg, { text: "Rouw en verlies\nSamen eten op zondag\nEten met buren" })).map((c) => c.key)).toEqual([
      "rouw",
      "samen-eten-op-zondag",
      "eten-met-buren",
    ]);
  });

  it("another gemeente's signals do not hold a hulpvraag here", async () => {
    expect(await signalCategories(loketB)).toEqual(DEFAULT_CATEGORIES);
    await createSignal(loketB, { residentName: "Piet Rouw", wijk: "Noord", situation: SITUATION, category: "rouw" }, "LOKET_TELEFOON");
    expect((await setSignalCategories(reg, { text: "Samen eten op zondag\nEten met buren" })).map((c) => c.key)).toEqual([
      "samen-eten-op-zondag",
      "eten-met-buren",
    ]);
    // And B's list is its own: "rouw" is in use there.
    expect(await codeOf(setSignalCategories(regB, { text: "Iets anders" }))).toBe("VALIDATION");
  });

  it("hostile text: markup and formulas are stored as plain words (escaped where shown); NUL is refused and nothing changes", async () => {
    const saved = await setSignalCategories(reg, {
      text: 'Samen eten op zondag\nEten met buren\n<script>alert(1)</script>\n=HYPERLINK("x")',
    });
    expect(saved.slice(2)).toEqual([
      { key: "script-alert-1-script", label: "<script>alert(1)</script>" },
      { key: "hyperlink-x", label: '=HYPERLINK("x")' },
    ]);
    const before = await settingsOf(a);
    expect(await codeOf(setSignalCategories(reg, { text: "Samen eten op zondag\nEten met buren\nNul\u0000byte" }))).toBe("VALIDATION");
    expect(await settingsOf(a)).toEqual(before);
    await setSignalCategories(reg, { text: "Samen eten op zondag\nEten met buren" });
  });

  it("the wijken list, the other list the regisseur types: same refusal of text PostgreSQL cannot store, nothing changes", async () => {
    expect(await setWijken(reg, { text: "Noord\n  Zuid  oost \n\n" })).toEqual(["Noord", "Zuid oost"]);
    const before = await settingsOf(a);
    const err = await setWijken(reg, { text: "Noord\nWest\u0000" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fieldErrors)).toEqual(["wijken"]);
    expect(await settingsOf(a)).toEqual(before);
  });

  it("only the regisseur; bad input is a Dutch field error", async () => {
    expect(await codeOf(setSignalCategories(loket, { text: "Rouw en verlies" }))).toBe("FORBIDDEN");
    const empty = await setSignalCategories(reg, { text: "\n \n" }).catch((e) => e);
    expect(empty.fieldErrors.categories[0]).toBe("Vul minstens één hulpvraag in, één per regel.");
    const notText = await setSignalCategories(reg, { text: 42 }).catch((e) => e);
    expect(notText.fieldErrors.categories[0]).toBe("Vul de hulpvragen in, één per regel.");
  });
});
