/**
 * Principles as invariants in PostgreSQL (issue 13, finding 6): acting as the app role
 * (samenkracht_app, inside a tenant transaction), the database itself refuses
 * - an active step (vasthouden/versterken) without an acknowledgement date,
 * - an acknowledgement date of 1970 (what a null date used to become) or in the future at write time,
 * - a contribution type that is not on the in-kind menu (also when someone adds one to the enum).
 * And the API answers a Dutch 4xx for an acknowledgement with `date: null`, storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { requireTenant } from "@/lib/auth/context";
import { recordAcknowledgement } from "@/modules/engagement/server/pipeline";
import { ERROR_MESSAGES, statusOf, toFailure } from "@/lib/result";
import * as bevestiging from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/bevestiging/route";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

type G = Awaited<ReturnType<typeof createGemeente>>;
let g: G;

const asApp = <T>(fn: Parameters<typeof withTenant<T>>[1]) => withTenant({ gemeenteId: g.id }, fn);
const DAY = 86_400_000;

async function vestiging(over: Record<string, unknown> = {}) {
  const org = await ownerDb().organisation.create({ data: { name: `Zaak ${Math.random().toString(36).slice(2, 8)}` } });
  return ownerDb().vestiging.create({
    data: { gemeenteId: g.id, organisationId: org.id, name: org.name, sector: "bakker", step: "VERLEIDEN", ...over },
  });
}
const row = async (id: string) => (await ownerQuery(`SELECT step, "acknowledgedAt" FROM "Vestiging" WHERE id = $1`, [id])).rows[0];

beforeAll(async () => {
  g = await createGemeente({ name: "Wanddorp" });
});
afterAll(closeOwnerDb);

describe("as the app role, PostgreSQL refuses", () => {
  it("runs as samenkracht_app", async () => {
    const who = await asApp((db) => db.$queryRaw<{ u: string }[]>`SELECT current_user AS u`);
    expect(who[0].u).toBe("samenkracht_app");
  });

  it("an active step without an acknowledgement (update and insert)", async () => {
    const v = await vestiging();
    for (const step of ["VASTHOUDEN", "VERSTERKEN"] as const) {
      await expect(asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { step } }))).rejects.toThrow(
        /Vestiging_active_needs_acknowledgement/,
      );
    }
    await expect(asApp((db) => db.$executeRaw`UPDATE "Vestiging" SET step = 'VASTHOUDEN' WHERE id = ${v.id}`)).rejects.toThrow(
      /Vestiging_active_needs_acknowledgement/,
    );
    const org = await ownerDb().organisation.create({ data: { name: "Nieuwe Zaak" } });
    await expect(
      asApp((db) =>
        db.vestiging.create({
          data: { gemeenteId: g.id, organisationId: org.id, name: "Nieuwe Zaak", sector: "bakker", step: "VASTHOUDEN" },
        }),
      ),
    ).rejects.toThrow(/Vestiging_active_needs_acknowledgement/);
    // Taking the acknowledgement away from an active relation is refused the same way.
    const active = await vestiging({ acknowledgedAt: new Date(Date.now() - DAY), step: "VASTHOUDEN" });
    await expect(asApp((db) => db.vestiging.update({ where: { id: active.id }, data: { acknowledgedAt: null } }))).rejects.toThrow(
      /Vestiging_active_needs_acknowledgement/,
    );
    expect((await row(v.id)).step).toBe("VERLEIDEN");
    expect((await row(active.id)).acknowledgedAt).not.toBeNull();
  });

  it("an acknowledgement dated 1970-01-01 (what a null date became)", async () => {
    const v = await vestiging();
    await expect(asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { acknowledgedAt: new Date(0) } }))).rejects.toThrow(
      /Vestiging_acknowledgement_real_date/,
    );
    expect((await row(v.id)).acknowledgedAt).toBeNull();
  });

  it("an acknowledgement in the future at write time, while an earlier one stays writable", async () => {
    const v = await vestiging();
    await expect(
      asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { acknowledgedAt: new Date(Date.now() + DAY) } })),
    ).rejects.toThrow(/future|Vestiging_acknowledgement_not_future/);
    expect((await row(v.id)).acknowledgedAt).toBeNull();
    // Yesterday is fine, and then the relation may be active; later writes to the row still work.
    await asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { acknowledgedAt: new Date(Date.now() - DAY) } }));
    await asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { step: "VASTHOUDEN", publicDescription: "Koffie" } }));
    expect((await row(v.id)).step).toBe("VASTHOUDEN");
  });

  it("a contribution type outside the in-kind menu, even after someone adds it to the enum", async () => {
    const v = await vestiging();
    await expect(
      asApp(
        (db) =>
          db.$executeRaw`INSERT INTO "Contribution" (id, "gemeenteId", "vestigingId", type) VALUES (gen_random_uuid()::text, ${g.id}, ${v.id}, 'SPONSORING')`,
      ),
    ).rejects.toThrow(/invalid input value for enum/);
    // The app role cannot add a value to the enum …
    await expect(asApp((db) => db.$executeRawUnsafe(`ALTER TYPE "ContributionType" ADD VALUE 'DONATIE'`))).rejects.toThrow(/must be owner/);
    // … and when the owner does, the check still refuses a money contribution.
    await ownerQuery(`ALTER TYPE "ContributionType" ADD VALUE IF NOT EXISTS 'DONATIE'`);
    await expect(
      asApp(
        (db) =>
          db.$executeRaw`INSERT INTO "Contribution" (id, "gemeenteId", "vestigingId", type) VALUES (gen_random_uuid()::text, ${g.id}, ${v.id}, 'DONATIE')`,
      ),
    ).rejects.toThrow(/Contribution_in_kind_only/);
    const ok = await asApp((db) => db.contribution.create({ data: { gemeenteId: g.id, vestigingId: v.id, type: "SIGNALEREN" } }));
    expect(ok.type).toBe("SIGNALEREN");
    expect(await ownerDb().contribution.count({ where: { vestigingId: v.id } })).toBe(1);
  });
});

describe("the domain answers first, in Dutch", () => {
  it("a refusal by PostgreSQL that reaches an action or the API is a Dutch 409, not a server error", async () => {
    const v = await vestiging();
    const error = await asApp((db) => db.vestiging.update({ where: { id: v.id }, data: { step: "VASTHOUDEN" } })).catch((e) => e);
    const failure = toFailure(error, "test");
    expect(failure).toEqual({ ok: false, code: "INVARIANT", message: ERROR_MESSAGES.INVARIANT });
    expect(statusOf(failure)).toBe(409);
  });

  it("the API refuses an acknowledgement with date null (4xx, Dutch, nothing stored)", async () => {
    const key = (await keyFor(g, "AMBTENAAR")).key;
    const v = await vestiging();
    for (const date of [null, "", 0, false]) {
      const r = await call(bevestiging.POST, {
        method: "POST",
        path: `/api/v1/gemeenten/${g.slug}/ondernemers/${v.id}/bevestiging`,
        params: { gemeente: g.slug, id: v.id },
        key,
        body: { date, channel: "GESPREK" },
      });
      expect(r.status, JSON.stringify(r.json)).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.json.code).toBe("VALIDATION");
      expect(r.json.fieldErrors.date).toEqual(["Vul een geldige datum in."]);
    }
    expect((await row(v.id)).acknowledgedAt).toBeNull();
    const hist = await ownerQuery(`SELECT count(*)::int AS n FROM "StepChange" WHERE "vestigingId" = $1`, [v.id]);
    expect(hist.rows[0].n).toBe(0);
  });

  it("the domain function (server actions call it) refuses date null the same way", async () => {
    const ctx = await requireTenant(await actorWithRole(g, "AMBTENAAR"), { slug: g.slug }, "engagement:manage");
    const v = await vestiging();
    await expect(recordAcknowledgement(ctx, v.id, { date: null, channel: "GESPREK" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { date: ["Vul een geldige datum in."] },
    });
    expect((await row(v.id)).acknowledgedAt).toBeNull();
  });
});
