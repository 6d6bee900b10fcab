/**
 * Issue 16, the ambtenaar's working day, through real PostgreSQL (RLS) and real SMTP:
 * the template mail form's material and refusals, "Mijn acties" (done recorded with who and when),
 * the digest with next actions, and one's own function and contact details.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import type { TenantContext } from "@/lib/auth/context";
import { createVestiging, updateVestiging } from "@/modules/engagement/server/registry";
import { addContactPerson, completeNextAction, listMyNextActions, recordContactMoment } from "@/modules/engagement/server/contacts";
import { stopRelation } from "@/modules/engagement/server/pipeline";
import { sendTemplateMail, templateMailDrafts } from "@/modules/engagement/server/templates";
import { forgetPersonInGemeente } from "@/modules/engagement/server/forget-person";
import { sendDueDigests } from "@/modules/engagement/jobs/send-due-digest";
import { updateWorkDetails } from "@/modules/users/server/work-details";
import { FIXED_PRINCIPLES_SENTENCE } from "@/modules/engagement/templates";
import { withTenant } from "@/lib/db/tenant";
import { startJobs, stopJobs } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";
import { requireTenant } from "@/lib/auth/context";

let g: Gem;
let amb: TenantContext;
let colleague: TenantContext;
let smtp: CaptureServer;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  g = await createGemeente({ name: "Werkdagdorp" });
  amb = await contextFor(g, "AMBTENAAR");
  colleague = await contextFor(g, "AMBTENAAR");
  smtp = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
  await stopJobs();
  await smtp?.stop();
  await closeOwnerDb();
});

describe("function and contact details per person", () => {
  it("are saved on one's own account, trimmed; too long is a Dutch refusal that changes nothing", async () => {
    const actor = await actorWithRole(g, "AMBTENAAR");
    expect(await updateWorkDetails(actor, { jobTitle: "  Beleidsmedewerker  ", workContact: "06 1234 5678" })).toEqual({
      jobTitle: "Beleidsmedewerker",
      workContact: "06 1234 5678",
    });
    let message = "";
    try {
      await updateWorkDetails(actor, { jobTitle: "x".repeat(121), workContact: "" });
    } catch (e) {
      message = JSON.stringify((e as { fieldErrors?: unknown }).fieldErrors);
    }
    expect(message).toContain("Je functie is te lang");
    const row = await ownerDb().user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(row.jobTitle).toBe("Beleidsmedewerker");
    // Empty means: not given.
    await updateWorkDetails(actor, { jobTitle: "", workContact: "" });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: actor.userId } })).jobTitle).toBeNull();
  });
});

describe("sending a template mail", () => {
  it("offers each template's own fields, prefilled with what the data knows (function and contact details of the sender)", async () => {
    await ownerDb().user.update({
      where: { id: amb.userId! },
      data: { jobTitle: "Accounthouder ondernemers", workContact: "010-7654321" },
    });
    const v = await createVestiging(amb, { name: "Bakkerij Werkdag", sector: "bakker" });
    await addContactPerson(amb, v.id, { name: "Bram Bakker", email: "bram@werkdag.test" });
    const drafts = await templateMailDrafts(amb, v.id);
    const ondernemers = drafts.find((d) => d.key === "ONDERNEMERS")!;
    expect(ondernemers.fields).toEqual([
      "gemeente",
      "ondernemer",
      "aanhef",
      "compliment",
      "vraag",
      "aanpak",
      "url",
      "afzender",
      "functie",
      "contactgegevens",
    ]);
    expect(ondernemers.values).toMatchObject({
      ondernemer: "Bakkerij Werkdag",
      aanhef: "Bram Bakker",
      functie: "Accounthouder ondernemers",
      contactgegevens: "010-7654321",
      compliment: "",
    });
    expect(ondernemers.body).toContain(FIXED_PRINCIPLES_SENTENCE);
    const collegas = drafts.find((d) => d.key === "COLLEGAS")!;
    expect(collegas.fields).toEqual(["gemeente", "team", "datum", "afzender", "functie", "contactgegevens"]);
  });

  it("refuses while a field is empty, naming the fields in Dutch; sends the complete mail without gaps and logs it", async () => {
    const v = await createVestiging(amb, { name: "Kapper Werkdag", sector: "kapper" });
    const incomplete = sendTemplateMail(amb, v.id, { key: "COLLEGAS", to: "team@werkdag.test", values: { datum: "12 januari" } });
    let message = "";
    try {
      await incomplete;
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe("Vul eerst in: Naam van je team.");
    expect(await ownerQuery(`SELECT count(*)::int AS n FROM "ContactMoment" WHERE "vestigingId" = $1`, [v.id])).toMatchObject({
      rows: [{ n: 0 }],
    });
    // Whitespace only is empty too.
    expect(
      await codeOf(sendTemplateMail(amb, v.id, { key: "COLLEGAS", to: "team@werkdag.test", values: { datum: "12 januari", team: "   " } })),
    ).toBe("TEMPLATE_INCOMPLETE");

    await sendTemplateMail(amb, v.id, {
      key: "COLLEGAS",
      to: "team@werkdag.test",
      values: { datum: "12 januari", team: "Sociaal Domein" },
    });
    const mail = await smtp.waitFor((m) => m.to.includes("team@werkdag.test"));
    expect(mail.text).toContain("Het team Sociaal Domein gaat stappen zetten");
    expect(mail.text).toContain("Accounthouder ondernemers\n010-7654321");
    expect(mail.text).not.toMatch(/ {2}|\{\{/);
    const moments = await ownerQuery(`SELECT kind, "mailSubject" FROM "ContactMoment" WHERE "vestigingId" = $1`, [v.id]);
    expect(moments.rows).toEqual([{ kind: "MAIL", mailSubject: mail.subject }]);
  });
});

describe("Mijn acties", () => {
  it("lists the accounthouder's open next actions, overdue first; another holder's and stopped relations' actions are not there", async () => {
    const now = new Date();
    const later = await createVestiging(amb, { name: "Actie Later", sector: "bakker", accountHolderId: amb.userId });
    const overdue = await createVestiging(amb, { name: "Actie Te Laat", sector: "bakker", accountHolderId: amb.userId });
    const others = await createVestiging(amb, { name: "Actie Collega", sector: "bakker", accountHolderId: colleague.userId });
    const stopped = await createVestiging(amb, { name: "Actie Gestopt", sector: "bakker", accountHolderId: amb.userId });
    await recordContactMoment(amb, later.id, {
      kind: "TELEFOON",
      nextAction: "Offerte nabellen",
      nextActionDate: new Date(now.getTime() + 5 * DAY),
    });
    await recordContactMoment(amb, overdue.id, {
      kind: "BEZOEK",
      nextAction: "Folder brengen",
      nextActionDate: new Date(now.getTime() - 4 * DAY),
    });
    await recordContactMoment(amb, others.id, {
      kind: "BEZOEK",
      nextAction: "Van de collega",
      nextActionDate: new Date(now.getTime() - 9 * DAY),
    });
    await recordContactMoment(amb, stopped.id, {
      kind: "BEZOEK",
      nextAction: "Niet meer nodig",
      nextActionDate: new Date(now.getTime() - 9 * DAY),
    });
    await stopRelation(amb, stopped.id, { reason: "Wil niet meer" });

    const mine = await listMyNextActions(amb, now);
    const names = mine.map((a) => a.vestigingName);
    expect(names.indexOf("Actie Te Laat")).toBeLessThan(names.indexOf("Actie Later"));
    expect(names).not.toContain("Actie Collega");
    expect(names).not.toContain("Actie Gestopt");
    expect(mine.find((a) => a.vestigingName === "Actie Te Laat")).toMatchObject({ action: "Folder brengen", overdue: true });
    expect(mine.find((a) => a.vestigingName === "Actie Later")).toMatchObject({ overdue: false });
    expect((await listMyNextActions(colleague, now)).map((a) => a.vestigingName)).toEqual(["Actie Collega"]);
  });

  it("marks an action done with who and when, once; it then leaves the list", async () => {
    const v = await createVestiging(amb, { name: "Actie Afronden", sector: "bakker", accountHolderId: amb.userId });
    const m = await recordContactMoment(amb, v.id, { kind: "TELEFOON", nextAction: "Terugbellen" });
    const at = new Date("2026-12-01T10:00:00Z");
    // A colleague covering may mark it done; who did it is recorded.
    await completeNextAction(colleague, m.id, at);
    const row = (await ownerQuery(`SELECT "nextActionDoneAt", "nextActionDoneById" FROM "ContactMoment" WHERE id = $1`, [m.id])).rows[0];
    expect(row).toEqual({ nextActionDoneAt: at, nextActionDoneById: colleague.userId });
    expect(await codeOf(completeNextAction(amb, m.id))).toBe("CONFLICT");
    expect((await listMyNextActions(amb)).map((a) => a.id)).not.toContain(m.id);
    // A moment without a next action cannot be "done"; an unknown id is not found; a VRIJWILLIGER may not.
    const plain = await recordContactMoment(amb, v.id, { kind: "TELEFOON" });
    expect(await codeOf(completeNextAction(amb, plain.id))).toBe("VALIDATION");
    expect(await codeOf(completeNextAction(amb, "00000000-0000-4000-8000-000000000000"))).toBe("NOT_FOUND");
    const volunteer = requireTenant(await actorWithRole(g, "VRIJWILLIGER"), { slug: g.slug }, "gemeente:read");
    expect(await codeOf(volunteer.then((ctx) => completeNextAction(ctx, m.id)))).toBe("FORBIDDEN");
  });

  it("a done mark needs a time (CHECK): a person without a time is refused by PostgreSQL", async () => {
    const v = await createVestiging(amb, { name: "Actie Check", sector: "bakker" });
    const m = await recordContactMoment(amb, v.id, { kind: "TELEFOON", nextAction: "Iets" });
    await expect(ownerQuery(`UPDATE "ContactMoment" SET "nextActionDoneById" = $1 WHERE id = $2`, [amb.userId, m.id])).rejects.toThrow(
      /next_action_done_check/,
    );
  });

  it("account deletion keeps the done mark and names the person 'verwijderd account'", async () => {
    const v = await createVestiging(amb, { name: "Actie Vergeten", sector: "bakker" });
    const m = await recordContactMoment(amb, v.id, { kind: "TELEFOON", nextAction: "Iets" });
    await completeNextAction(colleague, m.id);
    await withTenant({ gemeenteId: g.id }, (db) =>
      forgetPersonInGemeente(db, { userId: colleague.userId!, email: null, organisationId: null }),
    );
    const row = (
      await ownerQuery(`SELECT "nextActionDoneAt", "nextActionDoneById", "nextActionDoneByName" FROM "ContactMoment" WHERE id = $1`, [m.id])
    ).rows[0];
    expect(row.nextActionDoneAt).not.toBeNull();
    expect(row.nextActionDoneById).toBeNull();
    expect(row.nextActionDoneByName).toBe("verwijderd account");
  });

  it("the weekly digest lists an accounthouder's open actions, also when no relation is due", async () => {
    const h = await createGemeente({ name: "Actiedorp" });
    const holder = await contextFor(h, "AMBTENAAR");
    const v = await createVestiging(holder, { name: "Bloemist Actie", sector: "bakker", accountHolderId: holder.userId });
    await recordContactMoment(holder, v.id, {
      kind: "TELEFOON",
      nextAction: "Bloemen voor de inloop bespreken",
      nextActionDate: new Date(Date.now() - 2 * DAY),
    });
    const done = await recordContactMoment(holder, v.id, { kind: "TELEFOON", nextAction: "Al gedaan" });
    await completeNextAction(holder, done.id);
    const far = await createVestiging(holder, { name: "Verre Actie", sector: "bakker", accountHolderId: holder.userId });
    await recordContactMoment(holder, far.id, {
      kind: "TELEFOON",
      nextAction: "Pas over een maand",
      nextActionDate: new Date(Date.now() + 30 * DAY),
    });
    await updateVestiging(holder, v.id, { accountHolderId: holder.userId });
    await startJobs([mailSendJob], { pollingIntervalSeconds: 0.5 });
    const result = await sendDueDigests({ gemeenteId: h.id });
    expect(result.queued).toBe(1);
    const email = (await ownerDb().user.findUniqueOrThrow({ where: { id: holder.userId! } })).email;
    const mail = await smtp.waitFor((m) => m.to.includes(email), 20_000);
    expect(mail.subject).toBe("1 actie staat klaar (Actiedorp)");
    expect(mail.text).toContain("(te laat) — Bloemist Actie: Bloemen voor de inloop bespreken");
    expect(mail.text).not.toContain("Al gedaan");
    expect(mail.text).not.toContain("Pas over een maand");
  });
});
