/**
 * Need-to-know on signals (issue 14, item 7): the visibility table per field and role, proven per
 * role through the read function the case page uses (getSignal) and through the API. The reporter's
 * identity is for regisseur and loket only; teams and volunteers on the case see the resident, not
 * who reported. Real PostgreSQL, real encryption.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as signalen from "@/app/api/v1/gemeenten/[gemeente]/signalen/route";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import type { TenantRole } from "@/lib/auth/permissions";
import { createSignal } from "@/modules/signals/server/create-signal";
import { getSignal } from "@/modules/signals/server/read-signals";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { SIGNAL_FIELD_VISIBILITY, visibleSignalFields } from "@/modules/signals/visibility";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { call, keyFor } from "./api-support";
import { writeFigures } from "../support/evidence/catalog";

const RESIDENT = "Wilhelmina Bewonersma";
const REPORTER = "Melder Meldersma";
const REPORTER_MAIL = "melder-ntk@example.test";
let g: Awaited<ReturnType<typeof createGemeente>>;
const ctx: Partial<Record<TenantRole, { ctx: TenantContext; userId: string }>> = {};
let signalId: string;

async function as(role: TenantRole, perm: Parameters<typeof requireTenant>[2] = "signals:work") {
  const actor = await actorWithRole(g, role);
  return { ctx: await requireTenant(actor, { slug: g.slug }, perm), userId: actor.userId };
}

beforeAll(async () => {
  g = await createGemeente({ name: "Nodigstad" });
  for (const r of ["REGISSEUR", "LOKET", "TEAM_EENZAAMHEID", "VRIJWILLIGER"] as const) ctx[r] = await as(r);
  const s = await createSignal(
    ctx.LOKET!.ctx,
    {
      residentName: RESIDENT,
      residentContact: "06-11112222",
      situation: "Komt niet meer buiten sinds de verhuizing.",
      reporterName: REPORTER,
      reporterContact: "06-99990000",
      reporterEmail: REPORTER_MAIL,
    },
    "LOKET_TELEFOON",
  );
  signalId = s.id;
  const step = (c: TenantContext, to: string, extra: Record<string, unknown> = {}) =>
    transitionSignal(c, s.id, { to, reason: "volgende stap", ...extra });
  await step(ctx.REGISSEUR!.ctx, "BEOORDEELD");
  await step(ctx.LOKET!.ctx, "EERSTE_INTAKE");
  await step(ctx.LOKET!.ctx, "TEAM_EENZAAMHEID", { assigneeUserId: ctx.TEAM_EENZAAMHEID!.userId });
  await step(ctx.TEAM_EENZAAMHEID!.ctx, "VRIJWILLIGER", { volunteerUserId: ctx.VRIJWILLIGER!.userId });
});
afterAll(closeOwnerDb);

describe("the visibility table", () => {
  it("is one table: reporter fields only for regisseur and loket, resident fields for the case's workers", () => {
    for (const f of ["reporterName", "reporterContact", "reporterEmail"] as const) {
      expect(Object.keys(SIGNAL_FIELD_VISIBILITY[f]).sort()).toEqual(["LOKET", "REGISSEUR"]);
    }
    const row = { status: "VRIJWILLIGER" as const, assigneeUserId: "t1", volunteerUserId: "v1" };
    expect(visibleSignalFields("VRIJWILLIGER", "v1", row)).toEqual(["residentName", "residentContact", "situation", "reason"]);
    expect(visibleSignalFields("VRIJWILLIGER", "v2", row)).toEqual([]);
    expect(visibleSignalFields("AMBTENAAR", "a1", row)).toEqual([]);
    expect(visibleSignalFields("LOKET", "l1", { ...row, restricted: true })).toEqual([]);
    expect(visibleSignalFields("REGISSEUR", "r1", { ...row, erasedAt: new Date() })).toEqual([]);
    writeFigures("signal-visibility", {
      table: Object.fromEntries(
        Object.entries(SIGNAL_FIELD_VISIBILITY).map(([f, roles]) => [
          f,
          Object.entries(roles)
            .map(([r, reach]) => `${r}:${reach}`)
            .join(" "),
        ]),
      ),
    });
  });
});

describe("per role, through getSignal (the case page)", () => {
  it.each(["REGISSEUR", "LOKET"] as const)("%s sees the resident and the reporter", async (role) => {
    const s = await getSignal(ctx[role]!.ctx, signalId);
    expect(s.personal).toMatchObject({
      residentName: RESIDENT,
      reporterName: REPORTER,
      reporterEmail: REPORTER_MAIL,
      reporterContact: "06-99990000",
    });
  });

  it.each(["TEAM_EENZAAMHEID", "VRIJWILLIGER"] as const)("%s on the case sees the resident, never the reporter", async (role) => {
    const s = await getSignal(ctx[role]!.ctx, signalId);
    expect(s.personal?.residentName).toBe(RESIDENT);
    expect(s.personal).toMatchObject({ reporterName: null, reporterContact: null, reporterEmail: null });
    expect(JSON.stringify(s)).not.toContain(REPORTER);
    expect(JSON.stringify(s)).not.toContain(REPORTER_MAIL);
  });

  it("a team member not on the case and a volunteer not linked see nothing of it", async () => {
    await expect(getSignal((await as("TEAM_EENZAAMHEID")).ctx, signalId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSignal((await as("VRIJWILLIGER")).ctx, signalId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["AMBTENAAR", "ONDERNEMER", "PARTNER"] as const)("%s cannot read a signal at all", async (role) => {
    const c = (await as(role, "gemeente:read")).ctx;
    await expect(getSignal(c, signalId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("per role, through the API", () => {
  it.each(["REGISSEUR", "LOKET", "TEAM_EENZAAMHEID", "VRIJWILLIGER", "AMBTENAAR", "ONDERNEMER", "PARTNER"] as const)(
    "%s: the work queue never carries a personal field",
    async (role) => {
      const { key } = await keyFor(g, role);
      const r = await call(signalen.GET, { path: `/api/v1/gemeenten/${g.slug}/signalen`, params: { gemeente: g.slug }, key });
      if (["AMBTENAAR", "ONDERNEMER", "PARTNER"].includes(role)) {
        expect(r.status).toBe(403);
        return;
      }
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      const text = JSON.stringify(r.json);
      for (const secret of [RESIDENT, REPORTER, REPORTER_MAIL, "06-99990000"]) expect(text).not.toContain(secret);
    },
  );
});

describe("the wijk of a signal is one of the gemeente's own wijken (item 9)", () => {
  it("free text from the public is refused with a Dutch message and stores nothing; a listed wijk is stored in the list's spelling", async () => {
    const { publicTenant } = await import("@/lib/auth/context");
    const { ownerQuery } = await import("../support/owner");
    const w = await createGemeente({ name: "Wijkstad", wijken: ["Oud-Noord", "Haven"] });
    const pub = await publicTenant(w.slug);
    const count = async () => Number((await ownerQuery(`SELECT count(*) FROM "Signal" WHERE "gemeenteId" = $1`, [w.id])).rows[0].count);
    for (const wijk of ['=HYPERLINK("http://x.example","klik")', "Centrum", "Noord"]) {
      await expect(
        createSignal(pub, { wijk, situation: "Mijn buurman komt al weken niet meer buiten." }, "PUBLIEK_FORMULIER"),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { wijk: [expect.stringContaining("Kies een wijk uit de lijst")] },
      });
    }
    expect(await count()).toBe(0);
    const s = await createSignal(
      pub,
      { wijk: "  oud-noord ", situation: "Mijn buurman komt al weken niet meer buiten." },
      "PUBLIEK_FORMULIER",
    );
    expect((await ownerQuery(`SELECT wijk FROM "Signal" WHERE id = $1`, [s.id])).rows[0].wijk).toBe("Oud-Noord");
  });
});

describe("the council report prints only listed wijken (item 9)", () => {
  it("free text stored before the list existed is never printed by name, even at five signals or more", async () => {
    const { ownerQuery } = await import("../support/owner");
    const { buildCouncilReport } = await import("@/modules/plan/server/council-report");
    const { resolvePeriod } = await import("@/modules/plan/server/signal-figures");
    const r = await createGemeente({ name: "Raadstad", wijken: ["Haven"] });
    for (const wijk of [...Array(5).fill('=HYPERLINK("http://x.example","klik")'), ...Array(5).fill("Haven")]) {
      await ownerQuery(
        `INSERT INTO "Signal" (id, "gemeenteId", source, status, wijk, "updatedAt") VALUES (gen_random_uuid(), $1, 'PARTNER', 'ONTVANGEN', $2, now())`,
        [r.id, wijk],
      );
    }
    const reg = await requireTenant(await actorWithRole(r, "REGISSEUR"), { slug: r.slug }, "dashboard:read");
    const text = JSON.stringify(await buildCouncilReport(reg, resolvePeriod("12m")));
    expect(text).toContain("Haven");
    expect(text).not.toContain("HYPERLINK");
  });
});

describe("the migration of existing free-text wijken (item 9)", () => {
  it("gives a gemeente without a list its staff's vestiging wijken, maps known signal wijken and clears the rest", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { ownerQuery } = await import("../support/owner");
    const m = await createGemeente({ name: "Migratiestad" });
    await ownerQuery(`UPDATE "Gemeente" SET settings = '{"signals":{"dailyDigest":true}}' WHERE id = $1`, [m.id]);
    const org = (
      await ownerQuery(
        `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Bakker Migratie', now()) RETURNING id`,
      )
    ).rows[0].id;
    await ownerQuery(
      `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, wijk, "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'Bakker', 'bakker', ' Oude  Haven', now())`,
      [m.id, org],
    );
    const ids: Record<string, string> = {};
    for (const wijk of ["oude haven", '=HYPERLINK("http://x.example","klik")']) {
      ids[wijk] = (
        await ownerQuery(
          `INSERT INTO "Signal" (id, "gemeenteId", source, status, wijk, "updatedAt") VALUES (gen_random_uuid(), $1, 'PARTNER', 'ONTVANGEN', $2, now()) RETURNING id`,
          [m.id, wijk],
        )
      ).rows[0].id;
    }
    const sql = fs.readFileSync(path.resolve("prisma/migrations/202612051200_hardening/migration.sql"), "utf8");
    await ownerQuery(sql.slice(sql.indexOf("DO $$")));
    const settings = (await ownerQuery(`SELECT settings FROM "Gemeente" WHERE id = $1`, [m.id])).rows[0].settings;
    expect(settings).toMatchObject({ signals: { dailyDigest: true } });
    expect(settings.wijken).toEqual(["Oude  Haven"]); // as the staff typed it, trimmed
    const wijkOf = async (id: string) => (await ownerQuery(`SELECT wijk FROM "Signal" WHERE id = $1`, [id])).rows[0].wijk;
    expect(await wijkOf(ids["oude haven"]!)).toBe(settings.wijken[0]);
    expect(await wijkOf(ids['=HYPERLINK("http://x.example","klik")']!)).toBeNull();
  });
});
