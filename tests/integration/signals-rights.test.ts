/**
 * Rights of the resident in the browser's domain layer (lookup, export, restrict, erase): regisseur
 * only, reason + confirmation, audited, tenant-bound; batched scans; counts per source partner by
 * name. Real PostgreSQL (RLS, app role).
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { keyIdOf } from "@/lib/crypto/fields";
import { createSignal } from "@/modules/signals/server/create-signal";
import { getSignal, signalCounts } from "@/modules/signals/server/read-signals";
import {
  eraseResident,
  exportResident,
  lookupResident,
  restrictResident,
  rotateKeys,
  scanInBatches,
} from "@/modules/signals/server/privacy";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G, b: G;
let reg: TenantContext, regB: TenantContext, loket: TenantContext, team: TenantContext, ondernemer: TenantContext;
const situation = "Hij zit elke dag alleen op het bankje bij de kerk.";

async function auditRows(gemeenteId: string) {
  return (
    await ownerQuery(`SELECT action, "signalId", "actorUserId", detail FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 ORDER BY seq`, [
      gemeenteId,
    ])
  ).rows;
}
async function encOf(id: string) {
  return (await ownerQuery(`SELECT "residentNameEnc", "situationEnc", restricted, "erasedAt" FROM "Signal" WHERE id = $1`, [id])).rows[0];
}

beforeAll(async () => {
  a = await createGemeente({ name: "Rechtendorp" });
  b = await createGemeente({ name: "Anderdorp" });
  reg = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "signals:assess");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "signals:assess");
  loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:work");
  team = await requireTenant(await actorWithRole(a, "TEAM_EENZAAMHEID"), { slug: a.slug }, "signals:work");
  ondernemer = await requireTenant(await actorWithRole(a, "ONDERNEMER"), { slug: a.slug }, "signals:create");
});
afterAll(async () => {
  delete process.env.SIGNAL_KEYS;
  delete process.env.SIGNAL_ACTIVE_KEY;
  await closeOwnerDb();
});

describe("lookup and export", () => {
  it("finds a resident by name, by contact, or both, on the encrypted fields; each shown signal is audited", async () => {
    const pub = await publicTenant(a.slug);
    const s1 = await createSignal(
      pub,
      { residentName: "Mies Opzoek", residentContact: "06-123 456 78", situation, reporterName: "Buurman Kees" },
      "PUBLIEK_FORMULIER",
    );
    const s2 = await createSignal(pub, { residentName: "mies  OPZOEK", situation }, "PUBLIEK_FORMULIER");
    const s3 = await createSignal(pub, { residentName: "Andere Mies", residentContact: "0612345678", situation }, "PUBLIEK_FORMULIER");
    await createSignal(pub, { wijk: "Oost", situation }, "PUBLIEK_FORMULIER");

    const byName = await lookupResident(reg, { residentName: "Mies Opzoek" });
    expect(byName.signals.map((s) => s.id).sort()).toEqual([s1.id, s2.id].sort());
    expect(byName.signals.find((s) => s.id === s1.id)).toMatchObject({
      residentName: "Mies Opzoek",
      residentContact: "06-123 456 78",
      situation,
    });
    expect(JSON.stringify(byName)).not.toContain("Buurman Kees"); // the reporter is not named to the resident

    const byContact = await lookupResident(reg, { residentContact: "06 12345678" });
    expect(byContact.signals.map((s) => s.id).sort()).toEqual([s1.id, s3.id].sort());
    const both = await lookupResident(reg, { residentName: "Mies Opzoek", residentContact: "0612345678" });
    expect(both.signals.map((s) => s.id)).toEqual([s1.id]);

    const audit = await auditRows(a.id);
    expect(audit.filter((r) => r.action === "signal.resident-lookup").map((r) => r.signalId)).toEqual(
      expect.arrayContaining([s1.id, s2.id, s3.id]),
    );
    expect(JSON.stringify(audit)).not.toContain("Mies");

    const exp = await exportResident(reg, { residentName: "Mies Opzoek" });
    expect(exp.signals).toHaveLength(2);
    expect(exp.gemeente).toBe("Rechtendorp");
    expect((await auditRows(a.id)).filter((r) => r.action === "signal.resident-export").length).toBe(2);
  });

  it("bad input is refused in Dutch: neither name nor contact", async () => {
    await expect(lookupResident(reg, {})).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { residentName: [expect.stringMatching(/naam of het adres/)] },
    });
    await expect(lookupResident(reg, { residentName: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("only the regisseur: loket, team and ondernemer are refused; they cannot reach the page's permission either", async () => {
    for (const ctx of [loket, team, ondernemer]) {
      await expect(lookupResident(ctx, { residentName: "Mies Opzoek" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportResident(ctx, { residentName: "Mies Opzoek" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(restrictResident(ctx, { residentName: "Mies Opzoek", basis: "VERZOEK_BEWONER", confirm: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(eraseResident(ctx, { residentName: "Mies Opzoek", basis: "VERZOEK_BEWONER", confirm: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    for (const role of ["LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID", "ONDERNEMER", "PARTNER", "VRIJWILLIGER"] as const) {
      await expect(requireTenant(await actorWithRole(a, role), { slug: a.slug }, "signals:assess")).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("cross-tenant: another gemeente's regisseur finds nothing and erases nothing, not even with our ids", async () => {
    const s = await createSignal(await publicTenant(a.slug), { residentName: "Grens Bewoner", situation }, "PUBLIEK_FORMULIER");
    expect((await lookupResident(regB, { residentName: "Grens Bewoner" })).signals).toEqual([]);
    expect(
      await eraseResident(regB, { residentName: "Grens Bewoner", basis: "VERZOEK_BEWONER", confirm: true, signalIds: [s.id] }),
    ).toEqual({ erased: 0 });
    expect(
      await restrictResident(regB, { residentName: "Grens Bewoner", basis: "VERZOEK_BEWONER", confirm: true, signalIds: [s.id] }),
    ).toEqual({ restricted: 0 });
    const row = await encOf(s.id);
    expect(row.residentNameEnc).not.toBeNull();
    expect(row.restricted).toBe(false);
    await expect(requireTenant(reg.actor, { slug: b.slug }, "signals:assess")).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
  });
});

describe("restrict and erase", () => {
  it("need a reason from the list and a confirmation; without them nothing changes", async () => {
    const s = await createSignal(await publicTenant(a.slug), { residentName: "Bevestig Niet", situation }, "PUBLIEK_FORMULIER");
    const before = (await auditRows(a.id)).length;
    await expect(eraseResident(reg, { residentName: "Bevestig Niet", basis: "VERZOEK_BEWONER" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirm: [expect.any(String)] },
    });
    await expect(eraseResident(reg, { residentName: "Bevestig Niet", confirm: true })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { basis: [expect.any(String)] },
    });
    await expect(
      eraseResident(reg, { residentName: "Bevestig Niet", basis: "Omdat mevrouw Jansen dat wil", confirm: true }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(restrictResident(reg, { residentName: "Bevestig Niet", basis: "VERZOEK_BEWONER", confirm: false })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect((await encOf(s.id)).residentNameEnc).not.toBeNull();
    expect((await encOf(s.id)).restricted).toBe(false);
    expect((await auditRows(a.id)).length).toBe(before);
  });

  it("restrict, then erase: only the signals the regisseur saw; each recorded with the reason", async () => {
    const pub = await publicTenant(a.slug);
    const s1 = await createSignal(pub, { residentName: "Wis Mij", situation }, "PUBLIEK_FORMULIER");
    const s2 = await createSignal(pub, { residentName: "Wis Mij", situation }, "PUBLIEK_FORMULIER");
    const seen = (await lookupResident(reg, { residentName: "Wis Mij" })).signals.map((s) => s.id);
    const later = await createSignal(pub, { residentName: "Wis Mij", situation }, "PUBLIEK_FORMULIER"); // arrives after the lookup

    expect(await restrictResident(reg, { residentName: "Wis Mij", basis: "BEZWAAR_BEWONER", confirm: true, signalIds: seen })).toEqual({
      restricted: 2,
    });
    expect((await getSignal(loket, s1.id)).personal).toBeNull();
    expect((await getSignal(reg, s1.id)).personal?.residentName).toBe("Wis Mij");
    expect((await encOf(later.id)).restricted).toBe(false);

    expect(await eraseResident(reg, { residentName: "Wis Mij", basis: "VERZOEK_BEWONER", confirm: true, signalIds: seen })).toEqual({
      erased: 2,
    });
    for (const id of [s1.id, s2.id])
      expect(await encOf(id)).toMatchObject({ residentNameEnc: null, situationEnc: null, erasedAt: expect.any(Date) });
    expect((await encOf(later.id)).residentNameEnc).not.toBeNull();
    expect((await lookupResident(reg, { residentName: "Wis Mij" })).signals.map((s) => s.id)).toEqual([later.id]);

    const audit = (await auditRows(a.id)).filter((r) => r.signalId === s1.id);
    expect(audit.find((r) => r.action === "signal.restrict")).toMatchObject({
      actorUserId: reg.userId,
      detail: { basis: "BEZWAAR_BEWONER" },
    });
    expect(audit.find((r) => r.action === "signal.erase")).toMatchObject({
      actorUserId: reg.userId,
      detail: { reason: "resident-request", basis: "VERZOEK_BEWONER" },
    });
    // The counts stay.
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE id = ANY($1)`, [[s1.id, s2.id]])).rows[0].n).toBe(2);
  });
});

describe("batches (bounded memory)", () => {
  it("scanInBatches asks for at most batchSize rows per query and visits every row once", async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}` }));
    const takes: number[] = [];
    const visited: string[] = [];
    const n = await scanInBatches(
      async (after, take) => {
        takes.push(take);
        const from = after ? all.findIndex((r) => r.id === after) + 1 : 0;
        return all.slice(from, from + take);
      },
      (rows) => {
        expect(rows.length).toBeLessThanOrEqual(3);
        visited.push(...rows.map((r) => r.id));
      },
      3,
    );
    expect(n).toBe(7);
    expect(visited).toEqual(all.map((r) => r.id));
    expect(takes).toEqual([3, 3, 3]);
    await expect(
      scanInBatches(
        async () => [],
        () => {},
        0,
      ),
    ).rejects.toThrow();
  });

  it("resident lookup and key rotation with a batch size of 2 still find and re-encrypt everything", async () => {
    const g = await createGemeente({ name: "Batchdorp" });
    const r = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
    const pub = await publicTenant(g.slug);
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) mine.push((await createSignal(pub, { residentName: "Batch Bewoner", situation }, "PUBLIEK_FORMULIER")).id);
    for (let i = 0; i < 4; i++) await createSignal(pub, { residentName: `Iemand ${i}`, situation }, "PUBLIEK_FORMULIER");
    const found = await lookupResident(r, { residentName: "Batch Bewoner" }, { batchSize: 2 });
    expect(found.signals.map((s) => s.id).sort()).toEqual(mine.sort());

    process.env.SIGNAL_KEYS = JSON.stringify({ k9: randomBytes(32).toString("base64") });
    process.env.SIGNAL_ACTIVE_KEY = "k9";
    // 9 signals × 2 encrypted fields (name, situation) + the 9 intake transitions without a reason.
    expect(await rotateKeys(g.id, { batchSize: 2 })).toBe(18);
    const keys = (await ownerQuery(`SELECT "residentNameEnc" FROM "Signal" WHERE "gemeenteId" = $1`, [g.id])).rows.map((x) =>
      keyIdOf(x.residentNameEnc),
    );
    expect(new Set(keys)).toEqual(new Set(["k9"]));
    expect((await lookupResident(r, { residentName: "Batch Bewoner" }, { batchSize: 2 })).signals).toHaveLength(5);
    expect(await rotateKeys(g.id, { batchSize: 2 })).toBe(0);
    delete process.env.SIGNAL_KEYS;
    delete process.env.SIGNAL_ACTIVE_KEY;
  });
});

describe("counting and thanking: per source partner by name", () => {
  it("counts per partner and per ondernemer show names, not ids", async () => {
    const g = await createGemeente({ name: "Teldorp" });
    const partner = await ownerDb().coalitionPartner.create({ data: { gemeenteId: g.id, name: "Bibliotheek Teldorp", kind: "CULTUUR" } });
    const org = await ownerDb().organisation.create({ data: { name: "Bakkerij De Korenschoof" } });
    const member = async (role: "PARTNER" | "ONDERNEMER") => {
      const u = await createUser();
      await ownerDb().membership.create({
        data: {
          userId: u.id,
          gemeenteId: g.id,
          role,
          coalitionPartnerId: role === "PARTNER" ? partner.id : null,
          organisationId: role === "ONDERNEMER" ? org.id : null,
        },
      });
      const actor = {
        kind: "user" as const,
        userId: u.id,
        platformRole: null,
        memberships: [
          {
            gemeenteId: g.id,
            gemeenteSlug: g.slug,
            gemeenteName: g.name,
            role,
            organisationId: role === "ONDERNEMER" ? org.id : null,
            coalitionPartnerId: role === "PARTNER" ? partner.id : null,
          },
        ],
      };
      return requireTenant(actor, { slug: g.slug }, "signals:create");
    };
    const p = await member("PARTNER");
    const o = await member("ONDERNEMER");
    await createSignal(p, { wijk: "Noord", situation }, "PARTNER");
    await createSignal(p, { wijk: "Noord", situation }, "PARTNER");
    await createSignal(o, { wijk: "Zuid", situation }, "ONDERNEMER");
    const r = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
    const counts = await signalCounts(r);
    expect(counts.byPartner).toEqual([{ coalitionPartnerId: partner.id, name: "Bibliotheek Teldorp", count: 2 }]);
    expect(counts.byOrganisation).toEqual([{ organisationId: org.id, name: "Bakkerij De Korenschoof", count: 1 }]);
  });
});
