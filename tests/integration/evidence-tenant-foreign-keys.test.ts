/**
 * The third tenant wall (decision 0003): foreign keys between tenant tables include "gemeenteId",
 * so a row can only point at a row of its own gemeente — checked by PostgreSQL itself, whatever
 * the domain code does (foreign-key checks do not see row-level security). The catalog test fails
 * when a relation between two tenant tables is added without its composite twin, or a tenant table
 * has no way to Gemeente at all. The behaviour tests write as the owner (RLS bypassed) on purpose:
 * only the foreign keys stand in the way.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { writeFigures } from "../support/evidence/catalog";

/** Tenant tables whose gemeenteId may stay without a key to Gemeente, and why. */
const NO_GEMEENTE_KEY: Record<string, string> = {
  AuditEvent: "the audit trail outlives what it describes; gemeenteId is null for platform events",
};

const figures: Record<string, unknown> = {};
afterAll(() => writeFigures("tenant-fks", figures));

type Fk = { child: string; cols: string[]; parent: string; refcols: string[]; name: string };

async function foreignKeys(): Promise<Fk[]> {
  const { rows } = await ownerQuery<Fk>(
    `SELECT t.relname::text AS child, r.relname::text AS parent, k.conname::text AS name,
            ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS cols,
            ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) AS refcols
       FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  return rows;
}

async function tenantTables(): Promise<Set<string>> {
  const { rows } = await ownerQuery<{ t: string }>(
    `SELECT table_name::text AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'gemeenteId'`,
  );
  return new Set(rows.map((r) => r.t));
}

describe("tenant foreign keys in the catalog", () => {
  it("every key between two tenant tables has a twin on (gemeenteId, ref) → parent (gemeenteId, id)", async () => {
    const [fks, tenant] = await Promise.all([foreignKeys(), tenantTables()]);
    const between = fks.filter(
      (f) => f.parent !== "Gemeente" && tenant.has(f.child) && tenant.has(f.parent) && !f.cols.includes("gemeenteId"),
    );
    expect(between.length).toBeGreaterThanOrEqual(12);
    const missing = between
      .filter(
        (f) =>
          !fks.some(
            (g) =>
              g.child === f.child &&
              g.parent === f.parent &&
              g.cols.join() === ["gemeenteId", ...f.cols].join() &&
              g.refcols.join() === ["gemeenteId", ...f.refcols].join(),
          ),
      )
      .map((f) => `${f.child}.${f.cols.join(",")} → ${f.parent}`);
    expect(missing).toEqual([]);
    figures.relations = between.length;
    figures.relationsWithTwin = between.length - missing.length;
  });

  it("every tenant table reaches Gemeente: its own key, or a composite key to a parent that has one", async () => {
    const [fks, tenant] = await Promise.all([foreignKeys(), tenantTables()]);
    const direct = new Set(fks.filter((f) => f.parent === "Gemeente" && f.cols.join() === "gemeenteId").map((f) => f.child));
    const reaches = (t: string, seen = new Set<string>()): boolean =>
      direct.has(t) ||
      (!seen.has(t) &&
        fks.some((f) => f.child === t && f.cols[0] === "gemeenteId" && f.cols.length > 1 && reaches(f.parent, new Set([...seen, t]))));
    const lost = [...tenant].filter((t) => !reaches(t) && !(t in NO_GEMEENTE_KEY)).sort();
    expect(lost).toEqual([]);
    figures.tenantTables = tenant.size;
    figures.tablesReachingGemeente = [...tenant].filter((t) => reaches(t)).length;
    figures.exceptions = Object.keys(NO_GEMEENTE_KEY);
  });
});

describe("tenant foreign keys at work (as the owner: RLS does not help here)", () => {
  let a: { id: string };
  let b: { id: string };
  const vestigingOf = async (gemeenteId: string) => {
    const org = (
      await ownerQuery<{ id: string }>(`INSERT INTO "Organisation"(id, name, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [
        randomUUID(),
        `Org ${randomUUID()}`,
      ])
    ).rows[0];
    return (
      await ownerQuery<{ id: string }>(
        `INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, "updatedAt") VALUES ($1, $2, $3, 'Sleutelwinkel', 'detailhandel', now()) RETURNING id`,
        [randomUUID(), gemeenteId, org.id],
      )
    ).rows[0].id;
  };
  const contactMoment = (gemeenteId: string, vestigingId: string) =>
    ownerQuery(`INSERT INTO "ContactMoment"(id, "gemeenteId", "vestigingId", kind, at) VALUES ($1, $2, $3, 'BEZOEK', now())`, [
      randomUUID(),
      gemeenteId,
      vestigingId,
    ]);
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: { code?: string }) => e.code,
    );

  beforeAll(async () => {
    a = await createGemeente({ name: "Sleuteldorp" });
    b = await createGemeente({ name: "Slotstad" });
  });
  afterAll(closeOwnerDb);

  it("a contact moment of gemeente A cannot point at gemeente B's vestiging; at A's own it can", async () => {
    const va = await vestigingOf(a.id);
    const vb = await vestigingOf(b.id);
    expect(await codeOf(contactMoment(a.id, vb))).toBe("23503");
    figures.crossGemeenteInsertRefused = true;
    expect(await codeOf(contactMoment(a.id, va))).toBe("ok");
    // Moving the row to the other gemeente afterwards is refused as well.
    expect(await codeOf(ownerQuery(`UPDATE "ContactMoment" SET "gemeenteId" = $1 WHERE "vestigingId" = $2`, [b.id, va]))).toBe("23503");
  });

  it("deleting the parent still works as before: children go with a vestiging; an input keeps its gemeente when its meeting goes", async () => {
    const va = await vestigingOf(a.id);
    await contactMoment(a.id, va);
    await ownerQuery(`DELETE FROM "Vestiging" WHERE id = $1`, [va]);
    expect(
      (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "ContactMoment" WHERE "vestigingId" = $1`, [va])).rows[0].n,
    ).toBe(0);

    const meeting = (
      await ownerQuery<{ id: string }>(
        `INSERT INTO "KlankbordMeeting"(id, "gemeenteId", date, topic, "updatedAt") VALUES ($1, $2, now(), 'Vervoer', now()) RETURNING id`,
        [randomUUID(), a.id],
      )
    ).rows[0].id;
    const otherMeeting = (
      await ownerQuery<{ id: string }>(
        `INSERT INTO "KlankbordMeeting"(id, "gemeenteId", date, topic, "updatedAt") VALUES ($1, $2, now(), 'Vervoer', now()) RETURNING id`,
        [randomUUID(), b.id],
      )
    ).rows[0].id;
    const input = randomUUID();
    const insertInput = (m: string) =>
      ownerQuery(
        `INSERT INTO "KlankbordInput"(id, "gemeenteId", "meetingId", theme, text, "updatedAt") VALUES ($1, $2, $3, 'Vervoer', 'Busje op dinsdag', now())`,
        [input, a.id, m],
      );
    expect(await codeOf(insertInput(otherMeeting))).toBe("23503");
    expect(await codeOf(insertInput(meeting))).toBe("ok");
    await ownerQuery(`DELETE FROM "KlankbordMeeting" WHERE id = $1`, [meeting]);
    const row = (
      await ownerQuery<{ gemeenteId: string; meetingId: string | null }>(
        `SELECT "gemeenteId", "meetingId" FROM "KlankbordInput" WHERE id = $1`,
        [input],
      )
    ).rows[0];
    expect(row).toEqual({ gemeenteId: a.id, meetingId: null });
  });

  it("a proposition item needs an existing gemeente", async () => {
    expect(
      await codeOf(
        ownerQuery(`INSERT INTO "PropositionItem"(id, "gemeenteId", title, "updatedAt") VALUES ($1, $2, 'Koffie', now())`, [
          randomUUID(),
          randomUUID(),
        ]),
      ),
    ).toBe("23503");
  });
});
