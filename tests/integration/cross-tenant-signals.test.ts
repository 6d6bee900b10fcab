/** Cross-tenant: an actor of gemeente A with B's signal ids gets NOT_FOUND and B stays unchanged. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { createSignal } from "@/modules/signals/server/create-signal";
import { getOwnSignalStatus, getSignal, listSignals, statusByCode } from "@/modules/signals/server/read-signals";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { eraseResident, lookupResident } from "@/modules/signals/server/privacy";
import { previewRetention, setMailPreference, updateSignalSettings } from "@/modules/signals/server/settings";
import { withTenant } from "@/lib/db/tenant";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let sigB: { id: string; statusCode: string };

beforeAll(async () => {
  a = await createGemeente();
  b = await createGemeente();
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "signals:work");
  sigB = await createSignal(
    await publicTenant(b.slug),
    { wijk: "B-wijk", situation: "Zorg in gemeente B over een bewoner." },
    "PUBLIEK_FORMULIER",
  );
});
afterAll(closeOwnerDb);

describe("signals across gemeenten", () => {
  it("A cannot read, move, list or check B's signal", async () => {
    const snapshot = async () => (await ownerQuery(`SELECT status, "updatedAt" FROM "Signal" WHERE id = $1`, [sigB.id])).rows[0];
    const before = await snapshot();
    await expect(getSignal(regA, sigB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionSignal(regA, sigB.id, { to: "BEOORDEELD", reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOwnSignalStatus(regA, sigB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(statusByCode(a.slug, sigB.statusCode)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSignals(regA)).items.map((i) => i.id)).not.toContain(sigB.id);
    expect(await snapshot()).toEqual(before);
    expect((await statusByCode(b.slug, sigB.statusCode)).status).toBe("ONTVANGEN");
  });

  it("A's regisseur is not let into B at all", async () => {
    await expect(requireTenant(regA.actor, { slug: b.slug }, "signals:work")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("resident rights, settings, the retention preview and mail choices of A never reach B", async () => {
    const s = await createSignal(
      await publicTenant(b.slug),
      { residentName: "Bewoner Van B", situation: "Zorg in gemeente B over een bewoner." },
      "PUBLIEK_FORMULIER",
    );
    await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() - interval '2 years' WHERE id = $1`, [
      s.id,
    ]);
    const reg = await requireTenant(regA.actor, { slug: a.slug }, "signals:assess");
    const settingsB = async () => (await ownerQuery(`SELECT settings FROM "Gemeente" WHERE id = $1`, [b.id])).rows[0].settings;
    const beforeB = await settingsB();
    expect((await lookupResident(reg, { residentName: "Bewoner Van B" })).signals).toEqual([]);
    expect(await eraseResident(reg, { residentName: "Bewoner Van B", basis: "VERZOEK_BEWONER", confirm: true, signalIds: [s.id] })).toEqual(
      { erased: 0 },
    );
    expect((await previewRetention(reg)).ids).not.toContain(s.id);
    await updateSignalSettings(reg, { retentionMonths: 1, cancelledRetentionMonths: 0 });
    expect(await settingsB()).toEqual(beforeB);
    expect((await ownerQuery(`SELECT "residentNameEnc" FROM "Signal" WHERE id = $1`, [s.id])).rows[0].residentNameEnc).not.toBeNull();

    const team = await requireTenant(await actorWithRole(a, "TEAM_WELZIJN"), { slug: a.slug }, "signals:work");
    await setMailPreference(team, { mode: "DAGELIJKS" });
    expect((await ownerQuery(`SELECT "gemeenteId" FROM "SignalMailPreference" WHERE "userId" = $1`, [team.userId])).rows).toEqual([
      { gemeenteId: a.id },
    ]);
    expect(await withTenant({ gemeenteId: b.id }, (db) => db.signalMailPreference.count({ where: { userId: team.userId! } }))).toBe(0);
  });
});
