import { afterAll, describe, expect, it } from "vitest";
import { signUpOndernemerAction } from "@/modules/users/actions";
import { closeOwnerDb, createUser } from "../support/factories";
import { ownerQuery } from "../support/owner";

afterAll(closeOwnerDb);

/** The sign-up form's data, as the browser posts it. */
function form(values: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

describe("signing up as a new entrepreneur", () => {
  it("creates a user without password and without membership", async () => {
    const email = `nieuw-${Date.now()}@bakkerij.test`;
    const r = await signUpOndernemerAction(null, form({ name: "Nina Nieuw", email: email.toUpperCase() }));
    expect(r).toEqual({ ok: true, data: { email } });
    const rows = await ownerQuery(
      `SELECT u.name, u."passwordHash", u."platformRole", (SELECT count(*)::int FROM "Membership" m WHERE m."userId" = u.id) AS memberships FROM "User" u WHERE email = $1`,
      [email],
    );
    expect(rows.rows).toEqual([{ name: "Nina Nieuw", passwordHash: null, platformRole: null, memberships: 0 }]);
  });

  it("leaves an existing account exactly as it is, with the same answer", async () => {
    const existing = await createUser({ name: "Bestaande Beheerder", password: "geheim-wachtwoord-1", platformRole: "PLATFORM_ADMIN" });
    const before = await ownerQuery(`SELECT * FROM "User" WHERE id = $1`, [existing.id]);
    const r = await signUpOndernemerAction(null, form({ name: "Kaper", email: existing.email }));
    expect(r).toEqual({ ok: true, data: { email: existing.email } });
    const after = await ownerQuery(`SELECT * FROM "User" WHERE id = $1`, [existing.id]);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it("refuses bad input in Dutch and creates nothing", async () => {
    const before = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
    const r = await signUpOndernemerAction(null, form({ name: "", email: "geen-adres", platformRole: "PLATFORM_ADMIN" }));
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    if (r && !r.ok) expect(JSON.stringify(r.fieldErrors)).toMatch(/naam|e-mailadres|veld/i);
    const after = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("refuses anything but form data", async () => {
    expect(await signUpOndernemerAction(null, { name: "Nina Nieuw", email: "nina@bakkerij.test" } as never)).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });
});
