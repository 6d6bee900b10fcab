/**
 * npm run seed:scale at a small factor on this file's own database: proportional volumes, the
 * accounts the benchmark logs in with, erased closed signals, and open signals whose personal fields
 * decrypt only under their own gemeente + row binding with the benchmark key. Real PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { decryptField, DecryptError, loadKeyring } from "@/lib/crypto/fields";
import { SCALE_KEY_ID, SCALE_SIGNAL_KEYS } from "../../bench/lib/scale-keys";
import { ownerQuery } from "../support/owner";

process.env.SCALE_FACTOR = "0.005"; // 1,000 vestigingen, 5,000 signals, 10,000 contact moments
delete process.env.SIGNAL_KEYS;
const { seedScale, scaleAccounts } = await import("../../scripts/seed-scale");

let result: Awaited<ReturnType<typeof seedScale>>;
beforeAll(async () => {
  result = await seedScale(process.env.DATABASE_URL!);
}, 120_000);

const rows = async <T>(sql: string, params: unknown[] = []) => (await ownerQuery(sql, params)).rows as T[];

describe("seed:scale", () => {
  it("creates 342 gemeenten with volumes proportional to inhabitants", async () => {
    expect(result.counts.gemeenten).toBe(342);
    const per = await rows<{ slug: string; inhabitants: number; v: number; s: number }>(
      `SELECT g.slug, g.inhabitants, (SELECT count(*)::int FROM "Vestiging" v WHERE v."gemeenteId" = g.id) AS v,
              (SELECT count(*)::int FROM "Signal" s WHERE s."gemeenteId" = g.id) AS s
       FROM "Gemeente" g ORDER BY g.inhabitants DESC`,
    );
    expect(per[0]!.slug).toBe("amsterdam");
    expect(per[0]!.v).toBeGreaterThan(per[per.length - 1]!.v * 5);
    expect(per[0]!.s).toBeGreaterThan(per[per.length - 1]!.s * 5);
    expect(per.every((g) => g.v >= 5)).toBe(true);
    const cm = result.counts.contactMoments;
    expect(Math.abs(cm - 10_000) / 10_000).toBeLessThan(0.1);
  });

  it("gives every gemeente a regisseur and an ambtenaar with a password, and one programme adviser", async () => {
    const m = await rows<{ role: string; n: number }>(
      `SELECT role::text, count(*)::int AS n FROM "Membership" GROUP BY role ORDER BY role`,
    );
    expect(m).toEqual([
      { role: "AMBTENAAR", n: 342 },
      { role: "REGISSEUR", n: 342 },
    ]);
    const u = await rows<{ email: string; platformRole: string | null; hasPw: boolean }>(
      `SELECT email, "platformRole"::text AS "platformRole", "passwordHash" IS NOT NULL AS "hasPw" FROM "User" WHERE email IN ($1, $2)`,
      [scaleAccounts.regisseur("amsterdam"), scaleAccounts.adviser],
    );
    expect(u).toHaveLength(2);
    expect(u.every((x) => x.hasPw)).toBe(true);
    expect(u.find((x) => x.email === scaleAccounts.adviser)!.platformRole).toBe("PROGRAMME_ADVISER");
  });

  it("erases closed signals and encrypts the open ones, bound to gemeente + row", async () => {
    const closed = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Signal" WHERE status IN ('AFGESLOTEN','GEANNULEERD') AND ("erasedAt" IS NULL OR "residentNameEnc" IS NOT NULL OR "situationEnc" IS NOT NULL)`,
    );
    expect(closed[0]!.n).toBe(0);
    const open = await rows<{ id: string; gemeenteId: string; situationEnc: string }>(
      `SELECT id, "gemeenteId", "situationEnc" FROM "Signal" WHERE status NOT IN ('AFGESLOTEN','GEANNULEERD') ORDER BY id LIMIT 2`,
    );
    expect(open).toHaveLength(2);
    expect(result.openSignals).toBeGreaterThan(200);
    const ring = loadKeyring({ SIGNAL_KEYS: SCALE_SIGNAL_KEYS, SIGNAL_ACTIVE_KEY: SCALE_KEY_ID, NODE_ENV: "production" });
    const [a, b] = open as [(typeof open)[0], (typeof open)[0]];
    expect(decryptField(a.situationEnc, { gemeenteId: a.gemeenteId, rowId: a.id, field: "situation" }, ring)).toMatch(/\w/);
    expect(() => decryptField(a.situationEnc, { gemeenteId: b.gemeenteId, rowId: b.id, field: "situation" }, ring)).toThrow(DecryptError);
  });

  it("only fills an empty database", async () => {
    await expect(seedScale(process.env.DATABASE_URL!)).rejects.toThrow(/only fills an empty/);
  });
});
