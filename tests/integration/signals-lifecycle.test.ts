/**
 * Issue 21 items 5–9: the resident's data through its whole life, on real PostgreSQL.
 * 5 erasure/retention clear EVERY personal column (one register, one test per field, a catalog check);
 * 6 an erased signal is closed for good; 7 restriction = storage only until lifted;
 * 8 stale open signals: notice first, then erased; 9 one undecryptable row is reported and skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/signalen/route";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { createSignal } from "@/modules/signals/server/create-signal";
import { NOT_PERSONAL_COLUMNS, PERSONAL_DATA } from "@/modules/signals/server/common";
import {
  applyRetention,
  eraseResident,
  liftRestriction,
  lookupResident,
  restrictResident,
  rotateKeys,
} from "@/modules/signals/server/privacy";
import { getSignal } from "@/modules/signals/server/read-signals";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { writeFigures } from "../support/evidence/catalog";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

let g: Awaited<ReturnType<typeof createGemeente>>;
let reg: TenantContext, loket: TenantContext;
let loketKey: string;

beforeAll(async () => {
  g = await createGemeente({ name: "Levensloop", wijken: ["Hoek bij het park", "Noord"] });
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
  loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:work");
  loketKey = (await keyFor(g, "LOKET")).key;
});
/** Figures for `npm run security:report`. */
const fig = {
  erasure: { fields: PERSONAL_DATA.length, clearedByErasure: 0, clearedByRetention: 0 },
  erasedRefused: [] as string[],
  restrictedRefused: [] as string[],
  restrictionLifted: false,
  stale: { noticedFirst: false, erasedAfterNotice: false, touchedKept: false },
  unreadable: { reported: 0, lookupWentOn: false, rotationWentOn: false, erasureWentOn: false },
};
afterAll(async () => {
  writeFigures("signal-lifecycle", fig);
  await closeOwnerDb();
});

const GRIEF = "Huisarts Jansen, voor Piet Rouw (rouwverwerking)";

/** A signal with every personal column filled: referred with a free-text referral and named reasons. */
async function fullSignal(name: string) {
  const s = await createSignal(
    await publicTenant(g.slug),
    {
      residentName: name,
      residentContact: "06-12345678",
      wijk: "Hoek bij het park",
      situation: "Hij zit elke dag alleen op het bankje.",
      reporterName: "Buurvrouw Anna",
      reporterContact: "0101234567",
      reporterEmail: "anna@example.test",
      category: "rouw",
      riskGroup: "ROUW_VERLIES",
    },
    "PUBLIEK_FORMULIER",
  );
  await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: `Gebeld met ${name}` });
  await transitionSignal(reg, s.id, { to: "EERSTE_INTAKE", reason: "intake" });
  await transitionSignal(reg, s.id, { to: "DOORVERWEZEN", reason: `Nagebeld met ${name}`, referralTo: GRIEF });
  return s.id;
}
const personalRow = async (id: string) => (await ownerQuery(`SELECT * FROM "Signal" WHERE id = $1`, [id])).rows[0];
const reasons = async (id: string) =>
  (await ownerQuery(`SELECT "reasonEnc" FROM "SignalTransition" WHERE "signalId" = $1`, [id])).rows.map((r) => r.reasonEnc);

describe("5. erasure and retention clear every personal field (one register in common.ts)", () => {
  it("the register covers every text column of Signal and SignalTransition (a new column must be classified)", async () => {
    for (const table of ["Signal", "SignalTransition"] as const) {
      const cols = (
        await ownerQuery(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND data_type IN ('text', 'USER-DEFINED', 'character varying')`,
          [table],
        )
      ).rows.map((r) => r.column_name as string);
      const known = new Set<string>([
        ...PERSONAL_DATA.filter((f) => f.table === table).map((f) => f.column),
        ...NOT_PERSONAL_COLUMNS[table],
      ]);
      expect(
        cols.filter((c) => !known.has(c)),
        `${table}: unclassified columns`,
      ).toEqual([]);
    }
  });

  const erasers = {
    "erasure on request": async (name: string) => {
      expect((await eraseResident(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true })).erased).toBe(1);
    },
    retention: async (name: string, id: string) => {
      await transitionSignal(reg, id, { to: "AFGESLOTEN", reason: `Afgesloten met ${name}`, outcome: "ELDERS_GEHOLPEN" });
      await ownerQuery(`UPDATE "Signal" SET "closedAt" = now() - interval '13 months' WHERE id = $1`, [id]);
      expect((await applyRetention(g.id, { dryRun: false })).signals.map((s) => s.id)).toContain(id);
    },
  };
  for (const [how, erase] of Object.entries(erasers)) {
    for (const field of PERSONAL_DATA) {
      it(`${how}: ${field.table}.${field.column} (${field.what}) is empty afterwards`, async () => {
        const name = `Persoon ${field.column} ${how.length}`;
        const id = await fullSignal(name);
        const before = field.table === "Signal" ? [(await personalRow(id))[field.column]] : await reasons(id);
        expect(
          before.some((v) => v !== null),
          "filled before",
        ).toBe(true);
        await erase(name, id);
        const after = field.table === "Signal" ? [(await personalRow(id))[field.column]] : await reasons(id);
        expect(after.every((v) => v === null)).toBe(true);
        if (how === "retention") fig.erasure.clearedByRetention++;
        else fig.erasure.clearedByErasure++;
      });
    }
  }

  it("the loket's page data and GET /api/v1/…/signalen show none of it after erasure", async () => {
    const name = "Zichtbaar Nooit";
    const id = await fullSignal(name);
    await eraseResident(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true });
    const page = await getSignal(loket, id);
    const api = await call(collection.GET, { path: `/api/v1/gemeenten/${g.slug}/signalen`, params: { gemeente: g.slug }, key: loketKey });
    expect(api.status).toBe(200);
    for (const shown of [JSON.stringify(page), JSON.stringify(api.json)]) {
      expect(shown).not.toContain("Huisarts Jansen");
      expect(shown).not.toContain(name);
      expect(shown).not.toContain("Hoek bij");
    }
  });
});

describe("6. an erased signal is closed for good", () => {
  it("no move, no reopen, no new reason: refused in Dutch by the domain, and by the database for any other path", async () => {
    const name = "Gewist Blijft";
    const id = await fullSignal(name);
    await transitionSignal(reg, id, { to: "AFGESLOTEN", reason: "klaar", outcome: "DEELGENOMEN" });
    await eraseResident(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true });
    const reopen = await transitionSignal(reg, id, { to: "BEOORDEELD", reason: `Nagebeld met ${name}` }).catch((e) => e);
    expect(reopen).toMatchObject({ code: "SIGNAL_ERASED", status: 409 });
    expect(reopen.message).toContain("gewist");
    expect((await getSignal(reg, id)).nextStatuses).toEqual([]); // the page offers no next step
    expect(await reasons(id)).toEqual(expect.arrayContaining([null]));
    expect((await reasons(id)).every((r) => r === null)).toBe(true);
    // The database refuses the same, also for the owner role (no forgotten path).
    await expect(ownerQuery(`UPDATE "Signal" SET status = 'BEOORDEELD' WHERE id = $1`, [id])).rejects.toThrow(/erased/);
    await expect(ownerQuery(`UPDATE "Signal" SET "referralTo" = 'x' WHERE id = $1`, [id])).rejects.toThrow(/erased/);
    await expect(
      ownerQuery(
        `INSERT INTO "SignalTransition" (id, "gemeenteId", "signalId", "toStatus", "reasonEnc") VALUES (gen_random_uuid(), $1, $2, 'BEOORDEELD', 'v1:x')`,
        [g.id, id],
      ),
    ).rejects.toThrow(/erased or restricted/);
    expect((await personalRow(id)).status).toBe("AFGESLOTEN");
    fig.erasedRefused = ["reopen (domain)", "status (database)", "referral (database)", "new reason (database)"];
  });
});

describe("7. restriction (AVG art. 18): storage only until lifted", () => {
  it("while restricted: no move, no assignment, no new reason; after lifting the work goes on", async () => {
    const name = "Beperkt Bewaard";
    const s = await createSignal(
      await publicTenant(g.slug),
      { residentName: name, situation: "Mevrouw komt de deur niet meer uit." },
      "PUBLIEK_FORMULIER",
    );
    await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "gezien" });
    await restrictResident(reg, { residentName: name, basis: "GEGEVENS_ONJUIST", confirm: true });
    const transitionsBefore = (await reasons(s.id)).length;
    expect((await getSignal(reg, s.id)).nextStatuses).toEqual([]); // the page offers no next step
    for (const ctx of [reg, loket]) {
      const r = await transitionSignal(ctx, s.id, { to: "EERSTE_INTAKE", reason: `Nagebeld met ${name}` }).catch((e) => e);
      // the regisseur gets the Dutch reason; the loket may not even see the restricted signal's details
      if (ctx === reg) expect(r).toMatchObject({ code: "SIGNAL_RESTRICTED", status: 409 });
      else expect(["SIGNAL_RESTRICTED", "FORBIDDEN", "NOT_FOUND"]).toContain(r.code);
    }
    expect((await reasons(s.id)).length).toBe(transitionsBefore);
    expect((await personalRow(s.id)).status).toBe("BEOORDEELD");
    await expect(ownerQuery(`UPDATE "Signal" SET status = 'EERSTE_INTAKE' WHERE id = $1`, [s.id])).rejects.toThrow(/restricted/);
    await expect(ownerQuery(`UPDATE "Signal" SET "assigneeUserId" = $2 WHERE id = $1`, [s.id, reg.userId])).rejects.toThrow(/restricted/);

    fig.restrictedRefused = ["move (domain)", "move (database)", "assignment (database)", "new reason"];
    expect(await liftRestriction(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true })).toEqual({ lifted: 1 });
    await expect(transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "weer verder" })).resolves.toMatchObject({
      status: "EERSTE_INTAKE",
    });
    fig.restrictionLifted = true;
    const actions = (await ownerQuery(`SELECT action FROM "SignalAuditEntry" WHERE "signalId" = $1 ORDER BY seq`, [s.id])).rows.map(
      (r) => r.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["signal.restrict", "signal.unrestrict"]));
  });
});

describe("7b. a restricted signal can still be erased", () => {
  it("erasure of a restricted, referred signal clears everything (the guard allows only that)", async () => {
    const name = "Beperkt En Gewist";
    const id = await fullSignal(name);
    await restrictResident(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true });
    await expect(ownerQuery(`UPDATE "Signal" SET "referralTo" = NULL WHERE id = $1`, [id])).rejects.toThrow(/restricted/);
    expect((await eraseResident(reg, { residentName: name, basis: "VERZOEK_BEWONER", confirm: true })).erased).toBe(1);
    expect(await personalRow(id)).toMatchObject({ referralTo: null, wijk: null, residentNameEnc: null });
  });
});

describe("8. retention of open signals nobody touched", () => {
  it("an ONTVANGEN signal dated five years back: first a notice to the regisseur, 14 days later erased", async () => {
    const s = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Vergeten Melding", wijk: "Noord", situation: "Niemand heeft hier ooit naar gekeken." },
      "PUBLIEK_FORMULIER",
    );
    await ownerQuery(
      `UPDATE "Signal" SET "createdAt" = now() - interval '5 years', "statusChangedAt" = now() - interval '5 years' WHERE id = $1`,
      [s.id],
    );
    const fresh = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Verse Melding", situation: "Net binnengekomen, nog open." },
      "PUBLIEK_FORMULIER",
    );

    const dry = await applyRetention(g.id, { dryRun: true });
    expect(dry.noticed).toContain(s.id);
    expect(dry.signals.map((x) => x.id)).not.toContain(s.id);

    const first = await applyRetention(g.id, { dryRun: false });
    expect(first.noticed).toContain(s.id);
    expect((await personalRow(s.id)).residentNameEnc).not.toBeNull(); // told first, not erased yet
    const mails = (await ownerQuery(`SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->>'subject' LIKE '%open signa%gewist%'`))
      .rows;
    expect(mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(mails)).not.toContain("Vergeten Melding");
    const notice = (
      await ownerQuery(`SELECT count(*)::int AS n FROM "SignalAuditEntry" WHERE "signalId" = $1 AND action = 'signal.retention-notice'`, [
        s.id,
      ])
    ).rows[0].n;
    expect(notice).toBe(1);
    fig.stale.noticedFirst = true;

    // A second run the next day: no second notice, still not erased.
    await applyRetention(g.id, { dryRun: false, now: new Date(Date.now() + 86_400_000) });
    expect((await personalRow(s.id)).residentNameEnc).not.toBeNull();

    const later = await applyRetention(g.id, { dryRun: false, now: new Date(Date.now() + 15 * 86_400_000) });
    expect(later.signals.find((x) => x.id === s.id)?.why).toBe("stale");
    const row = await personalRow(s.id);
    expect(row).toMatchObject({ residentNameEnc: null, situationEnc: null, wijk: null, status: "ONTVANGEN" });
    expect(row.erasedAt).not.toBeNull();
    expect((await personalRow(fresh.id)).residentNameEnc).not.toBeNull();
    fig.stale.erasedAfterNotice = true;
  });

  it("a stale signal someone picks up after the notice is not erased", async () => {
    const s = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Alsnog Opgepakt", situation: "Lang blijven liggen, toch opgepakt." },
      "PUBLIEK_FORMULIER",
    );
    await ownerQuery(`UPDATE "Signal" SET "statusChangedAt" = now() - interval '3 years' WHERE id = $1`, [s.id]);
    await applyRetention(g.id, { dryRun: false });
    await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "toch gezien" });
    await applyRetention(g.id, { dryRun: false, now: new Date(Date.now() + 15 * 86_400_000) });
    expect((await personalRow(s.id)).residentNameEnc).not.toBeNull();
    fig.stale.touchedKept = true;
  });
});

describe("9. one undecryptable row does not block anyone's rights", () => {
  it("is reported (id, field) and skipped by lookup, erasure and rotation", async () => {
    const bad = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Kapotte Rij", situation: "Deze rij wordt beschadigd." },
      "PUBLIEK_FORMULIER",
    );
    const good = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Gewone Bewoner", situation: "Deze rij is gewoon leesbaar." },
      "PUBLIEK_FORMULIER",
    );
    // A ciphertext from another row: authentic, but bound elsewhere (AAD) — it cannot be decrypted here.
    await ownerQuery(`UPDATE "Signal" SET "residentNameEnc" = (SELECT "residentNameEnc" FROM "Signal" WHERE id = $2) WHERE id = $1`, [
      bad.id,
      good.id,
    ]);

    const found = await lookupResident(reg, { residentName: "Gewone Bewoner" });
    expect(found.signals.map((x) => x.id)).toEqual([good.id]);
    expect(found.unreadable).toContainEqual({ id: bad.id, field: "residentName" });

    const problems: { table: string; id: string; field: string }[] = [];
    process.env.SIGNAL_KEYS = JSON.stringify({ k2: Buffer.alloc(32, 7).toString("base64") });
    process.env.SIGNAL_ACTIVE_KEY = "k2";
    try {
      const changed = await rotateKeys(g.id, { batchSize: 3, onUnreadable: (p) => problems.push(p) });
      expect(changed).toBeGreaterThan(0);
      const erased = await eraseResident(reg, { residentName: "Gewone Bewoner", basis: "VERZOEK_BEWONER", confirm: true });
      expect(erased.erased).toBe(1);
      expect(erased.unreadable).toContainEqual({ id: bad.id, field: "residentName" });
    } finally {
      delete process.env.SIGNAL_KEYS;
      delete process.env.SIGNAL_ACTIVE_KEY;
    }
    expect(problems).toContainEqual({ table: "Signal", id: bad.id, field: "residentName" });
    expect((await personalRow(good.id)).erasedAt).not.toBeNull();
    expect((await personalRow(bad.id)).situationEnc).toMatch(/^v1:k2:/); // the rest of the bad row went on
    fig.unreadable = { reported: problems.length, lookupWentOn: true, rotationWentOn: true, erasureWentOn: true };
  });
});
