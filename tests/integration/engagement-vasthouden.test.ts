/** Due relations, settings, milestones, propositie, templates and mail through real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { createVestiging } from "@/modules/engagement/server/registry";
import { moveStep, recordAcknowledgement, parkRelation } from "@/modules/engagement/server/pipeline";
import { addContactPerson, recordContactMoment, listContactMoments } from "@/modules/engagement/server/contacts";
import {
  findDueRelations,
  getEngagementSettings,
  groupByAccountHolder,
  updateEngagementSettings,
} from "@/modules/engagement/server/vasthouden";
import { listTemplates, logSentMail, renderTemplateFor, sendTemplateMail, updateTemplate } from "@/modules/engagement/server/templates";
import {
  addPropositionItem,
  listProposition,
  removePropositionItem,
  updatePropositionItem,
} from "@/modules/engagement/server/contributions";
import { DEFAULT_PROPOSITION } from "@/modules/engagement/templates";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";

let g: Gem;
let amb: TenantContext;
let smtp: CaptureServer;
const WEEK = 7 * 24 * 3600 * 1000;

beforeAll(async () => {
  g = await createGemeente({ name: "Vasthoudstad" });
  amb = await contextFor(g, "AMBTENAAR");
  smtp = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
  await smtp?.stop();
  await closeOwnerDb();
});

async function active(name: string, activeAt: Date) {
  const v = await createVestiging(amb, { name, sector: "kapper", accountHolderId: amb.userId });
  await recordAcknowledgement(amb, v.id, { date: activeAt, channel: "TELEFOON" }, activeAt);
  await moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" }, activeAt);
  return v;
}

describe("due relations (vasthouden)", () => {
  it("lists active relations without contact for N weeks; the setting changes N", async () => {
    const now = new Date("2026-11-23T09:00:00Z");
    const long = await active("Lang Stil", new Date(now.getTime() - 20 * WEEK));
    const recent = await active("Net Gesproken", new Date(now.getTime() - 20 * WEEK));
    const fourWeeks = await active("Vier Weken", new Date(now.getTime() - 20 * WEEK));
    await recordContactMoment(amb, long.id, { kind: "TELEFOON", at: new Date(now.getTime() - 10 * WEEK) });
    await recordContactMoment(amb, recent.id, { kind: "BEZOEK", at: new Date(now.getTime() - 1 * WEEK) });
    await recordContactMoment(amb, fourWeeks.id, { kind: "MAIL", at: new Date(now.getTime() - 4 * WEEK) });
    const notActive = await createVestiging(amb, { name: "Nog Niet Actief", sector: "kapper" });
    expect(notActive.step).toBe("VOORBEREIDEN");

    expect((await getEngagementSettings(amb)).dueWeeks).toBe(6);
    let due = await findDueRelations(amb, now);
    expect(due.map((d) => d.name)).toEqual(["Lang Stil"]);
    expect(due[0]).toMatchObject({ weeksWithoutContact: 10, accountHolderId: amb.userId });

    await updateEngagementSettings(amb, { dueWeeks: 3 });
    due = await findDueRelations(amb, now);
    expect(due.map((d) => d.name)).toEqual(["Lang Stil", "Vier Weken"]);
    expect(groupByAccountHolder(due).get(amb.userId)).toHaveLength(2);

    // Parked relations are not due; bad settings are refused in Dutch.
    await parkRelation(amb, fourWeeks.id, { reason: "Even rust" });
    expect((await findDueRelations(amb, now)).map((d) => d.name)).toEqual(["Lang Stil"]);
    const err = await updateEngagementSettings(amb, { dueWeeks: 0 }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.dueWeeks[0]).toMatch(/minstens 1 week/);
    await updateEngagementSettings(amb, { dueWeeks: 6 });
  });

  it("a relation that became active long ago and never had contact is due", async () => {
    const now = new Date("2026-11-23T09:00:00Z");
    await active("Nooit Gebeld", new Date(now.getTime() - 8 * WEEK));
    expect((await findDueRelations(amb, now)).map((d) => d.name)).toContain("Nooit Gebeld");
  });
});

describe("propositie", () => {
  it("starts from the voorbeeldpropositie and is editable", async () => {
    const items = await listProposition(amb);
    expect(items.map((i) => i.title)).toEqual([...DEFAULT_PROPOSITION]);
    const added = await addPropositionItem(amb, { title: "Gratis ruimte in het gemeentehuis" });
    expect(added.position).toBe(DEFAULT_PROPOSITION.length);
    await updatePropositionItem(amb, items[0].id, { active: false });
    await removePropositionItem(amb, items[1].id);
    const after = await listProposition(amb);
    expect(after.map((i) => i.title)).not.toContain(items[0].title);
    expect(after.map((i) => i.title)).not.toContain(items[1].title);
    expect(after.at(-1)!.title).toBe("Gratis ruimte in het gemeentehuis");
    expect(await codeOf(addPropositionItem(amb, { title: "" }))).toBe("VALIDATION");
  });
});

describe("mail templates", () => {
  it("each gemeente has the two example mails; editing refuses unknown merge fields", async () => {
    const ts = await listTemplates(amb);
    expect(ts.map((t) => t.key)).toEqual(["COLLEGAS", "ONDERNEMERS"]);
    const err = await updateTemplate(amb, ts[1].id, { subject: "Hoi {{ondernmer}}", body: "x" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.body[0]).toMatch(/{{ondernmer}}/);
    const ok = await updateTemplate(amb, ts[1].id, { subject: "Doet {{ondernemer}} mee in {{gemeente}}?", body: ts[1].body });
    expect(ok.subject).toContain("{{ondernemer}}");
  });

  it("renders with data from the relation and reports missing fields", async () => {
    const v = await createVestiging(amb, { name: "Visrestaurant Zee", sector: "restaurant" });
    await addContactPerson(amb, v.id, { name: "Mevrouw Visser" });
    const r = await renderTemplateFor(amb, "ONDERNEMERS", v.id, { vraag: "een koffieochtend te houden" });
    expect(r.subject).toBe("Doet Visrestaurant Zee mee in Vasthoudstad?");
    expect(r.body).toContain("Beste Mevrouw Visser,");
    expect(r.body).toContain("het mogelijk is om een koffieochtend te houden");
    expect(r.missing).toEqual(expect.arrayContaining(["compliment", "aanpak", "functie", "contactgegevens"]));
    expect(r.missing).not.toContain("afzender");
    // The gemeente's public page is known data: {{url}} is filled in.
    expect(r.missing).not.toContain("url");
    expect(r.body).toContain(`/g/${g.slug}`);
  });

  it("sends through real SMTP and logs the mail as a contact moment", async () => {
    const v = await createVestiging(amb, { name: "Sportschool Sterk", sector: "sportschool" });
    await addContactPerson(amb, v.id, { name: "Sam Sterk" });
    const values = {
      vraag: "een beweegochtend voor ouderen te houden",
      compliment: "Sportschool Sterk is altijd actief in de wijk.",
      aanpak: "Samen met welzijn",
      url: "https://vasthoudstad.example/eenzaamheid",
      functie: "Beleidsadviseur",
      contactgegevens: "010-1234567",
    };
    // Incomplete: nothing sent, nothing logged.
    expect(await codeOf(sendTemplateMail(amb, v.id, { key: "ONDERNEMERS", to: "sam@sterk.test", values: { vraag: "x" } }))).toBe(
      "TEMPLATE_INCOMPLETE",
    );
    expect(await listContactMoments(amb, v.id)).toEqual([]);

    const moment = await sendTemplateMail(amb, v.id, { key: "ONDERNEMERS", to: "sam@sterk.test", values });
    const mail = await smtp.waitFor((m) => m.to.includes("sam@sterk.test"));
    expect(mail.subject).toBe("Doet Sportschool Sterk mee in Vasthoudstad?");
    expect(mail.text).toContain("Beste Sam Sterk,");
    expect(mail.text).toContain("geen voordeel als de gemeente iets inkoopt of een opdracht geeft");
    expect(mail.text).not.toMatch(/aanbested|\bu\b/);
    expect(moment).toMatchObject({ kind: "MAIL", templateKey: "ONDERNEMERS", mailSubject: mail.subject });
    const row = await ownerQuery(`SELECT "lastContactAt" FROM "Vestiging" WHERE id = $1`, [v.id]);
    expect(row.rows[0].lastContactAt).not.toBeNull();
  });

  it("a copied mail can be logged as a contact moment", async () => {
    const v = await createVestiging(amb, { name: "Bakker Kopie", sector: "bakker" });
    const m = await logSentMail(amb, v.id, { key: "ONDERNEMERS", subject: "Doet Bakker Kopie mee?" });
    expect(m).toMatchObject({ kind: "MAIL", templateKey: "ONDERNEMERS" });
    expect(await codeOf(logSentMail(amb, v.id, { key: "ONBEKEND", subject: "x" }))).toBe("VALIDATION");
  });
});
