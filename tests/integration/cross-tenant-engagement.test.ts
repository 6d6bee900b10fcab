/**
 * Cross-tenant regression per engagement model: an actor of gemeente A using B's ids gets
 * NOT_FOUND, and B's rows are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { createVestiging, getVestiging, updateMatrix, updateVestiging, setMotivesAndFiveMs } from "@/modules/engagement/server/registry";
import {
  listStepHistory,
  moveStep,
  parkRelation,
  promoteToPipeline,
  recordAcknowledgement,
  stopRelation,
} from "@/modules/engagement/server/pipeline";
import {
  addContactPerson,
  listContactMoments,
  recordContactMoment,
  removeContactPerson,
  updateContactMoment,
  updateContactPerson,
} from "@/modules/engagement/server/contacts";
import { celebrateMilestone, recordMilestone } from "@/modules/engagement/server/vasthouden";
import {
  addContribution,
  addPropositionItem,
  listProposition,
  removeContribution,
  removePropositionItem,
  updatePropositionItem,
} from "@/modules/engagement/server/contributions";
import { closeDoubt, listDoubts, raiseDoubt } from "@/modules/engagement/server/doubts";
import { listTemplates, logSentMail, renderTemplateFor, updateTemplate } from "@/modules/engagement/server/templates";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor } from "./engagement-support";

let a: TenantContext;
let b: TenantContext;
let bReg: TenantContext;
const ids: Record<string, string> = {};

async function snapshot(table: string, id: string) {
  return (await ownerQuery(`SELECT * FROM "${table}" WHERE id = $1`, [id])).rows[0];
}
async function countOf(table: string, vestigingId: string) {
  return (await ownerQuery(`SELECT count(*)::int AS n FROM "${table}" WHERE "vestigingId" = $1`, [vestigingId])).rows[0].n as number;
}

beforeAll(async () => {
  const ga = await createGemeente({ name: "Aadorp" });
  const gb = await createGemeente({ name: "Beekstad" });
  a = await contextFor(ga, "REGISSEUR");
  b = await contextFor(gb, "AMBTENAAR");
  bReg = await contextFor(gb, "REGISSEUR");
  const v = await createVestiging(b, { name: "Beek Bakker", sector: "bakker" });
  ids.vestiging = v.id;
  await moveStep(b, v.id, { to: "VERBINDEN", reason: "Test" });
  ids.contactPerson = (await addContactPerson(b, v.id, { name: "Bea Beek" })).id;
  ids.contactMoment = (await recordContactMoment(b, v.id, { kind: "BEZOEK", outcome: "Goed" })).id;
  ids.milestone = (await recordMilestone(b, v.id, { title: "Eerste koffie", achievedAt: "2026-10-01" })).id;
  ids.contribution = (await addContribution(b, v.id, { type: "EXTRA_GASTVRIJ" })).id;
  ids.doubt = (await raiseDoubt(bReg, v.id, { reason: "Vraagteken" })).id;
  ids.proposition = (await listProposition(b))[0].id;
  ids.template = (await listTemplates(b))[0].id;
});
afterAll(closeOwnerDb);

describe("cross-tenant: Vestiging", () => {
  it("A cannot read, change, move, park, stop, acknowledge or promote B's vestiging", async () => {
    const before = await snapshot("Vestiging", ids.vestiging);
    const id = ids.vestiging;
    const attempts = [
      () => getVestiging(a, id),
      () => updateVestiging(a, id, { name: "Gekaapt" }),
      () => updateMatrix(a, id, { critImago: true }),
      () => setMotivesAndFiveMs(a, id, { motives: ["COMMERCIEEL"] }),
      () => moveStep(a, id, { to: "VERLEIDEN", reason: "Test" }),
      () => parkRelation(a, id, { reason: "x" }),
      () => stopRelation(a, id, { reason: "x" }),
      () => recordAcknowledgement(a, id, { date: new Date(), channel: "MAIL" }),
      () => promoteToPipeline(a, { vestigingIds: [id] }),
    ];
    // Thunks: one attempt at a time, each awaited.
    for (const attempt of attempts) expect(await codeOf(attempt())).toBe("NOT_FOUND");
    expect(await snapshot("Vestiging", id)).toEqual(before);
  });
});

describe("cross-tenant: StepChange", () => {
  it("A cannot read B's history nor add to it", async () => {
    const n = await countOf("StepChange", ids.vestiging);
    expect(await codeOf(listStepHistory(a, ids.vestiging))).toBe("NOT_FOUND");
    expect(await codeOf(moveStep(a, ids.vestiging, { to: "VOORBEREIDEN", reason: "Test" }))).toBe("NOT_FOUND");
    expect(await countOf("StepChange", ids.vestiging)).toBe(n);
  });
});

describe("cross-tenant: ContactPerson", () => {
  it("A cannot add, change or remove B's contact persons", async () => {
    const before = await snapshot("ContactPerson", ids.contactPerson);
    expect(await codeOf(addContactPerson(a, ids.vestiging, { name: "Indringer" }))).toBe("NOT_FOUND");
    expect(await codeOf(updateContactPerson(a, ids.contactPerson, { name: "Gekaapt" }))).toBe("NOT_FOUND");
    expect(await codeOf(removeContactPerson(a, ids.contactPerson))).toBe("NOT_FOUND");
    expect(await snapshot("ContactPerson", ids.contactPerson)).toEqual(before);
    expect(await countOf("ContactPerson", ids.vestiging)).toBe(1);
  });
});

describe("cross-tenant: ContactMoment", () => {
  it("A cannot list, add to, log mail on or change B's contact moments", async () => {
    const before = await snapshot("ContactMoment", ids.contactMoment);
    expect(await codeOf(listContactMoments(a, ids.vestiging))).toBe("NOT_FOUND");
    expect(await codeOf(recordContactMoment(a, ids.vestiging, { kind: "TELEFOON" }))).toBe("NOT_FOUND");
    expect(await codeOf(logSentMail(a, ids.vestiging, { key: "ONDERNEMERS", subject: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(updateContactMoment(a, ids.contactMoment, { outcome: "Gekaapt" }))).toBe("NOT_FOUND");
    expect(await snapshot("ContactMoment", ids.contactMoment)).toEqual(before);
    expect(await countOf("ContactMoment", ids.vestiging)).toBe(1);
  });
});

describe("cross-tenant: Milestone", () => {
  it("A cannot celebrate or add B's milestones", async () => {
    const before = await snapshot("Milestone", ids.milestone);
    expect(await codeOf(celebrateMilestone(a, ids.milestone))).toBe("NOT_FOUND");
    expect(await codeOf(recordMilestone(a, ids.vestiging, { title: "x", achievedAt: "2026-01-01" }))).toBe("NOT_FOUND");
    expect(await snapshot("Milestone", ids.milestone)).toEqual(before);
  });
});

describe("cross-tenant: Contribution", () => {
  it("A cannot add or remove B's contributions", async () => {
    expect(await codeOf(addContribution(a, ids.vestiging, { type: "SIGNALEREN" }))).toBe("NOT_FOUND");
    expect(await codeOf(removeContribution(a, ids.contribution))).toBe("NOT_FOUND");
    expect(await snapshot("Contribution", ids.contribution)).toBeTruthy();
    expect(await countOf("Contribution", ids.vestiging)).toBe(1);
  });
});

describe("cross-tenant: Doubt", () => {
  it("A cannot close, list or raise B's doubts", async () => {
    const before = await snapshot("Doubt", ids.doubt);
    expect(await codeOf(closeDoubt(a, ids.doubt, { decision: "STOP", note: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(listDoubts(a, ids.vestiging))).toBe("NOT_FOUND");
    expect(await codeOf(raiseDoubt(a, ids.vestiging, { reason: "x" }))).toBe("NOT_FOUND");
    expect(await snapshot("Doubt", ids.doubt)).toEqual(before);
    expect((await snapshot("Vestiging", ids.vestiging)).stoppedAt).toBeNull();
  });
});

describe("cross-tenant: PropositionItem", () => {
  it("A cannot change or remove B's propositie, and A's list is A's own", async () => {
    const before = await snapshot("PropositionItem", ids.proposition);
    expect(await codeOf(updatePropositionItem(a, ids.proposition, { title: "Gekaapt" }))).toBe("NOT_FOUND");
    expect(await codeOf(removePropositionItem(a, ids.proposition))).toBe("NOT_FOUND");
    expect(await snapshot("PropositionItem", ids.proposition)).toEqual(before);
    const added = await addPropositionItem(a, { title: "Alleen in Aadorp" });
    expect((await listProposition(b)).map((i) => i.id)).not.toContain(added.id);
  });
});

describe("cross-tenant: MailTemplate", () => {
  it("A cannot change B's template, nor render for B's vestiging", async () => {
    const before = await snapshot("MailTemplate", ids.template);
    expect(await codeOf(updateTemplate(a, ids.template, { subject: "Gekaapt", body: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(renderTemplateFor(a, "ONDERNEMERS", ids.vestiging, {}))).toBe("NOT_FOUND");
    expect(await snapshot("MailTemplate", ids.template)).toEqual(before);
  });
});
