/**
 * Issue 21 item 10: klankbordgroep members' risk groups (special category data) are encrypted like
 * signal fields; legacy plaintext rows are moved by the rotate script's code path. Real PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import {
  createKlankbordMember,
  encryptKlankbordRiskGroups,
  klankbordComposition,
  listKlankbordMembers,
} from "@/modules/coalition/server/klankbord";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { contextFor, type Gem } from "./engagement-support";

let a: Gem;
let reg: TenantContext;
beforeAll(async () => {
  a = await createGemeente({ name: "Versleuteldorp" });
  reg = await contextFor(a, "REGISSEUR", "coalition:manage");
});
afterAll(closeOwnerDb);

const row = async (id: string) =>
  (await ownerQuery(`SELECT "riskGroups"::text[] AS plain, "riskGroupsEnc" FROM "KlankbordMember" WHERE id = $1`, [id])).rows[0];

describe("klankbord risk groups at rest", () => {
  it("a new member's risk groups are stored encrypted only; the regisseur still sees them, counts still work", async () => {
    const { id } = await createKlankbordMember(reg, {
      displayName: "Mevrouw V.",
      riskGroups: ["BEPERKING_PSYCHIATRIE", "ROUW_VERLIES"],
      consentAt: "2026-03-01",
    });
    const r = await row(id);
    expect(r.plain).toEqual([]);
    expect(r.riskGroupsEnc).toMatch(/^v1:/);
    expect(r.riskGroupsEnc).not.toContain("PSYCHIATRIE");
    expect((await listKlankbordMembers(reg)).find((m) => m.id === id)?.riskGroups).toEqual(["BEPERKING_PSYCHIATRIE", "ROUW_VERLIES"]);
    expect((await klankbordComposition(reg)).byRiskGroup.BEPERKING_PSYCHIATRIE).toBe(1);
  });

  it("the database refuses new plaintext risk groups", async () => {
    await expect(
      ownerQuery(
        `INSERT INTO "KlankbordMember" (id, "gemeenteId", "displayName", "riskGroups", "consentAt", "updatedAt") VALUES ($1, $2, 'X', '{DAKLOZEN}', '2026-01-01', now())`,
        [randomUUID(), a.id],
      ),
    ).rejects.toThrow(/KlankbordMember_riskGroups_encrypted/);
  });

  it("legacy plaintext rows (from before the migration) are encrypted by the rotate path, and stay readable", async () => {
    const legacy = randomUUID();
    // Recreate a row as it was before the migration (the NOT VALID check only binds new writes).
    await ownerQuery(`
      BEGIN;
      ALTER TABLE "KlankbordMember" DROP CONSTRAINT "KlankbordMember_riskGroups_encrypted";
      INSERT INTO "KlankbordMember" (id, "gemeenteId", "displayName", "riskGroups", "consentAt", "updatedAt") VALUES ('${legacy}', '${a.id}', 'Oud Lid', '{DAKLOZEN,MANTELZORGERS}', '2025-01-01', now());
      ALTER TABLE "KlankbordMember" ADD CONSTRAINT "KlankbordMember_riskGroups_encrypted" CHECK (cardinality("riskGroups") = 0) NOT VALID;
      COMMIT;`);
    expect((await row(legacy)).plain).toEqual(["DAKLOZEN", "MANTELZORGERS"]);
    expect((await listKlankbordMembers(reg)).find((m) => m.id === legacy)?.riskGroups).toEqual(["DAKLOZEN", "MANTELZORGERS"]);

    expect(await encryptKlankbordRiskGroups(a.id, { batchSize: 1 })).toBeGreaterThanOrEqual(1);
    const r = await row(legacy);
    expect(r.plain).toEqual([]);
    expect(r.riskGroupsEnc).toMatch(/^v1:/);
    expect((await listKlankbordMembers(reg)).find((m) => m.id === legacy)?.riskGroups).toEqual(["DAKLOZEN", "MANTELZORGERS"]);
    // Run again: nothing left to do.
    expect(await encryptKlankbordRiskGroups(a.id)).toBe(0);
    // Every row is now encrypted: the check holds for all of them.
    await ownerQuery(`ALTER TABLE "KlankbordMember" VALIDATE CONSTRAINT "KlankbordMember_riskGroups_encrypted"`);
  });
});
