/**
 * Klankbordgroep: members (personal data, regisseur only), meetings and input with what the
 * coalition did with it. Role boundary and tenant isolation per model. Real PostgreSQL + RLS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { TENANT_ROLES, can } from "@/lib/auth/permissions";
import {
  createKlankbordInput,
  createKlankbordMeeting,
  createKlankbordMember,
  deleteKlankbordMember,
  klankbordComposition,
  listKlankbordInputs,
  listKlankbordMeetings,
  listKlankbordMembers,
  setKlankbordInputStatus,
} from "@/modules/coalition/server/klankbord";
import {
  createKlankbordInputAction,
  createKlankbordMeetingAction,
  createKlankbordMemberAction,
  deleteKlankbordMemberAction,
  setKlankbordInputStatusAction,
} from "@/modules/coalition/actions";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";
import { seedKlankbord } from "../../prisma/seed/klankbord";

let a: Gem;
let b: Gem;
let regA: TenantContext;
let regB: TenantContext;
const count = async (table: string, g: Gem) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "${table}" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp-klankbord" });
  b = await createGemeente({ name: "Beekstad-klankbord" });
  regA = await contextFor(a, "REGISSEUR", "coalition:manage");
  regB = await contextFor(b, "REGISSEUR", "coalition:manage");
});
afterAll(closeOwnerDb);

describe("members", () => {
  it("a regisseur adds a member with a pseudonym, risk groups and consent date, and can remove them", async () => {
    const { id } = await createKlankbordMember(regA, {
      displayName: "Mevrouw K.",
      contact: "",
      riskGroups: ["OUDEREN_75_PLUS", "ROUW_VERLIES", "ROUW_VERLIES"],
      consentAt: "2026-03-01",
    });
    const m = (await listKlankbordMembers(regA)).find((x) => x.id === id)!;
    expect(m).toEqual({
      id,
      displayName: "Mevrouw K.",
      contact: null,
      riskGroups: ["OUDEREN_75_PLUS", "ROUW_VERLIES"],
      consentAt: "2026-03-01",
    });
    // The audit trail records the act, never the name.
    const audit = await ownerQuery(`SELECT details::text AS d FROM "AuditEvent" WHERE "entityId" = $1`, [id]);
    expect(audit.rows.map((r) => r.d).join(" ")).not.toContain("Mevrouw");
    await deleteKlankbordMember(regA, id);
    expect((await ownerQuery(`SELECT 1 FROM "KlankbordMember" WHERE id = $1`, [id])).rowCount).toBe(0);
  });

  it("bad input gives Dutch field errors and stores nothing", async () => {
    const before = await count("KlankbordMember", a);
    const err = await createKlankbordMember(regA, { displayName: "K", riskGroups: [], consentAt: "gisteren" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.displayName[0]).toBe("De naam of schuilnaam moet minstens 2 tekens hebben.");
    expect(err.fieldErrors.riskGroups[0]).toBe("Kies minstens één groep.");
    expect(err.fieldErrors.consentAt[0]).toBe("Vul de datum in waarop deze persoon toestemming gaf.");
    const wrongGroup = await createKlankbordMember(regA, { displayName: "Jan", riskGroups: ["STUDENTEN"], consentAt: "2026-01-01" }).catch(
      (e) => e,
    );
    expect(wrongGroup.code).toBe("VALIDATION");
    const future = await createKlankbordMember(regA, { displayName: "Jan", riskGroups: ["MANTELZORGERS"], consentAt: "2099-01-01" }).catch(
      (e) => e,
    );
    expect(future.fieldErrors.consentAt[0]).toMatch(/toekomst/);
    expect(await count("KlankbordMember", a)).toBe(before);
  });

  it("only a role with coalition:manage reads members; the composition (counts, no names) is for dashboard:read", async () => {
    await createKlankbordMember(regA, { displayName: "Jongere J.", riskGroups: ["JONGEREN_15_24"], consentAt: "2026-02-02" });
    for (const role of TENANT_ROLES) {
      const ctx = await contextFor(a, role);
      const code = await codeOf(listKlankbordMembers(ctx));
      expect([role, code]).toEqual([role, can(role, "coalition:manage") ? null : "FORBIDDEN"]);
    }
    for (const role of ["ONDERNEMER", "PARTNER", "LOKET"] as const) {
      const ctx = await contextFor(a, role);
      expect(await codeOf(listKlankbordMembers(ctx))).toBe("FORBIDDEN");
      expect(await codeOf(klankbordComposition(ctx))).toBe("FORBIDDEN");
      expect(
        await codeOf(createKlankbordMember(ctx, { displayName: "Indringer", riskGroups: ["DAKLOZEN"], consentAt: "2026-01-01" })),
      ).toBe("FORBIDDEN");
    }
    const ambtenaar = await contextFor(a, "AMBTENAAR");
    expect(await codeOf(listKlankbordMembers(ambtenaar))).toBe("FORBIDDEN");
    const comp = await klankbordComposition(ambtenaar);
    expect(comp.byRiskGroup.JONGEREN_15_24).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(comp)).not.toContain("Jongere J.");
  });
});

describe("meetings and input", () => {
  it("records a meeting and its input; VERWERKT needs what the coalition did", async () => {
    const meeting = await createKlankbordMeeting(regA, {
      date: "2026-10-02",
      topic: "Week tegen Eenzaamheid: wat werkt?",
      notes: "Zes deelnemers.",
    });
    const input = await createKlankbordInput(regA, {
      meetingId: meeting.id,
      text: "Na werktijd is er niets voor mensen die alleen thuiskomen.",
      theme: "thema:ondersteunen-activeren",
    });
    const meetings = await listKlankbordMeetings(regA);
    expect(meetings.find((m) => m.id === meeting.id)).toMatchObject({ date: "2026-10-02", inputCount: 1 });
    const listed = (await listKlankbordInputs(regA)).find((i) => i.id === input.id)!;
    expect(listed).toMatchObject({
      status: "OPEN",
      theme: "thema:ondersteunen-activeren",
      meetingTopic: "Week tegen Eenzaamheid: wat werkt?",
      meetingDate: "2026-10-02",
    });

    const err = await setKlankbordInputStatus(regA, input.id, { status: "VERWERKT", followUp: " " }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.followUp[0]).toBe("Schrijf op wat de coalitie met deze inbreng gedaan heeft.");
    expect((await ownerQuery(`SELECT status FROM "KlankbordInput" WHERE id = $1`, [input.id])).rows[0].status).toBe("OPEN");

    await setKlankbordInputStatus(regA, input.id, { status: "VERWERKT", followUp: "'Samen eten' op dinsdagavond in het aanbod gezet." });
    expect((await listKlankbordInputs(regA, { status: "VERWERKT" })).map((i) => i.id)).toContain(input.id);
    expect((await listKlankbordInputs(regA, { status: "OPEN" })).map((i) => i.id)).not.toContain(input.id);
  });

  it("input needs a known theme; bad meeting input is refused with Dutch errors", async () => {
    const err = await createKlankbordInput(regA, { text: "Iets", theme: "thema:onbekend" }).catch((e) => e);
    expect(err.fieldErrors.text[0]).toBe("Beschrijf de inbreng in minstens 5 tekens.");
    expect(err.fieldErrors.theme[0]).toBe("Kies een thema uit de lijst.");
    const m = await createKlankbordMeeting(regA, { date: "2026-13-45", topic: "" }).catch((e) => e);
    expect(m.fieldErrors.date[0]).toBe("Vul de datum van de bijeenkomst in.");
    expect(m.fieldErrors.topic[0]).toBe("Het onderwerp moet minstens 3 tekens hebben.");
  });

  it("an ambtenaar reads meetings and input but cannot change them; an ondernemer, partner or loket cannot read them", async () => {
    const ambtenaar = await contextFor(a, "AMBTENAAR");
    expect((await listKlankbordMeetings(ambtenaar)).length).toBeGreaterThan(0);
    expect(await codeOf(createKlankbordMeeting(ambtenaar, { date: "2026-05-05", topic: "Mag niet" }))).toBe("FORBIDDEN");
    for (const role of ["ONDERNEMER", "PARTNER", "LOKET"] as const) {
      const ctx = await contextFor(a, role);
      expect(await codeOf(listKlankbordMeetings(ctx))).toBe("FORBIDDEN");
      expect(await codeOf(listKlankbordInputs(ctx))).toBe("FORBIDDEN");
    }
  });
});

describe("across gemeenten", () => {
  it("A never sees or changes B's members, meetings or input", async () => {
    const member = await createKlankbordMember(regB, { displayName: "Meneer B.", riskGroups: ["DAKLOZEN"], consentAt: "2026-01-10" });
    const meeting = await createKlankbordMeeting(regB, { date: "2026-04-01", topic: "Beekstad overleg" });
    const input = await createKlankbordInput(regB, {
      meetingId: meeting.id,
      text: "De bibliotheek sluit te vroeg.",
      theme: "thema:preventie",
    });

    expect((await listKlankbordMembers(regA)).map((m) => m.id)).not.toContain(member.id);
    expect((await listKlankbordMeetings(regA)).map((m) => m.id)).not.toContain(meeting.id);
    expect((await listKlankbordInputs(regA)).map((i) => i.id)).not.toContain(input.id);
    expect((await klankbordComposition(regA)).byRiskGroup.DAKLOZEN ?? 0).toBe(0);

    expect(await codeOf(deleteKlankbordMember(regA, member.id))).toBe("NOT_FOUND");
    expect(await codeOf(setKlankbordInputStatus(regA, input.id, { status: "VERWERKT", followUp: "Gekaapt" }))).toBe("NOT_FOUND");
    // A cannot hang its input on B's meeting.
    const before = await count("KlankbordInput", a);
    const err = await createKlankbordInput(regA, {
      meetingId: meeting.id,
      text: "Aan andermans bijeenkomst",
      theme: "thema:preventie",
    }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.meetingId[0]).toBe("Kies een bijeenkomst uit de lijst.");
    expect(await count("KlankbordInput", a)).toBe(before);

    expect((await ownerDb().klankbordMember.findUnique({ where: { id: member.id } }))?.displayName).toBe("Meneer B.");
    expect(await ownerDb().klankbordInput.findUnique({ where: { id: input.id } })).toMatchObject({
      status: "OPEN",
      followUp: null,
      meetingId: meeting.id,
    });
  });

  it("server actions refuse an anonymous session and change nothing", async () => {
    const before = [await count("KlankbordMember", a), await count("KlankbordMeeting", a), await count("KlankbordInput", a)];
    const some = (await ownerQuery(`SELECT id FROM "KlankbordInput" WHERE "gemeenteId" = $1 LIMIT 1`, [a.id])).rows[0].id;
    const form = (fields: Record<string, string | string[]>) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
      return fd;
    };
    expect(
      await createKlankbordMemberAction(a.slug, null, form({ displayName: "Anoniem", riskGroups: ["DAKLOZEN"], consentAt: "2026-01-01" })),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await createKlankbordMeetingAction(a.slug, null, form({ date: "2026-01-01", topic: "Anoniem" }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await createKlankbordInputAction(a.slug, null, form({ text: "Anonieme inbreng", theme: "thema:preventie" }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await setKlankbordInputStatusAction(a.slug, some, null, form({ status: "VERWERKT", followUp: "x" }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await deleteKlankbordMemberAction(a.slug, some)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect([await count("KlankbordMember", a), await count("KlankbordMeeting", a), await count("KlankbordInput", a)]).toEqual(before);
  });
});

describe("demo seed", () => {
  it("gives a gemeente a small klankbordgroep once; running it again adds nothing", async () => {
    const g = await createGemeente({ name: "Seedstad-klankbord" });
    await seedKlankbord(ownerDb(), g.id);
    await seedKlankbord(ownerDb(), g.id);
    expect([await count("KlankbordMember", g), await count("KlankbordMeeting", g), await count("KlankbordInput", g)]).toEqual([2, 1, 2]);
    const reg = await contextFor(g, "REGISSEUR", "coalition:manage");
    expect((await listKlankbordInputs(reg, { status: "VERWERKT" }))[0].followUp).toMatch(/Samen eten/);
  });
});
