/** The reporter's status code (issue 22): written down and read out, typed leniently; old codes keep working (real PostgreSQL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant } from "@/lib/auth/context";
import { createSignal } from "@/modules/signals/server/create-signal";
import { statusByCode } from "@/modules/signals/server/read-signals";
import { hashCode } from "@/modules/signals/server/common";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
const file = async () =>
  createSignal(
    await publicTenant(a.slug),
    { wijk: "Noord", situation: "Mijn buurvrouw komt al weken niet meer buiten." },
    "PUBLIEK_FORMULIER",
  );

beforeAll(async () => {
  a = await createGemeente();
});
afterAll(closeOwnerDb);

describe("status code", () => {
  it("is XXXX-XXXX-XXXX-XXXX without look-alikes, and is found however it is typed", async () => {
    const s = await file();
    expect(s.statusCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const typed = [
      s.statusCode,
      s.statusCode.toLowerCase(),
      s.statusCode.replace(/-/g, " "),
      s.statusCode.replace(/-/g, ""),
      ` ${s.statusCode.replace(/0/g, "O").replace(/1/g, "l")} `,
    ];
    for (const code of typed) expect((await statusByCode(a.slug, code)).status, code).toBe("ONTVANGEN");
    // Only the hash is stored.
    const stored = (await ownerQuery(`SELECT "statusCodeHash" FROM "Signal" WHERE id = $1`, [s.id])).rows[0].statusCodeHash;
    expect(stored).toBe(hashCode(s.statusCode));
    // Another code of the same shape is not found.
    const other = s.statusCode.startsWith("Z") ? `Y${s.statusCode.slice(1)}` : `Z${s.statusCode.slice(1)}`;
    await expect(statusByCode(a.slug, other)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a code handed out in the earlier format (16 characters base64url, stored hashed) keeps working, exactly as given", async () => {
    const s = await file();
    const legacy = "q-3Zx_9aB0cdEfGh";
    await ownerQuery(`UPDATE "Signal" SET "statusCodeHash" = $1 WHERE id = $2`, [hashCode(legacy), s.id]);
    expect((await statusByCode(a.slug, legacy)).status).toBe("ONTVANGEN");
    expect((await statusByCode(a.slug, ` ${legacy}\n`)).status).toBe("ONTVANGEN");
    await expect(statusByCode(a.slug, legacy.toUpperCase())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
