/**
 * Read API for events (and who registered) and for klankbordgroep input: real rows, real API keys,
 * the same domain functions the web pages read, the same permissions, no member data of the
 * klankbordgroep over the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as events from "@/app/api/v1/gemeenten/[gemeente]/bijeenkomsten/route";
import * as event from "@/app/api/v1/gemeenten/[gemeente]/bijeenkomsten/[id]/route";
import * as registrations from "@/app/api/v1/gemeenten/[gemeente]/bijeenkomsten/[id]/aanmeldingen/route";
import * as inputs from "@/app/api/v1/gemeenten/[gemeente]/klankbordgroep/inbreng/route";
import * as meetings from "@/app/api/v1/gemeenten/[gemeente]/klankbordgroep/bijeenkomsten/route";
import { requireTenant } from "@/lib/auth/context";
import { API_VERSION } from "@/lib/http/problem";
import { createEvent, registerForEvent } from "@/modules/events/server/events";
import { ZEvent, ZRegistrant } from "@/modules/events/schemas";
import { KLANKBORD_THEMES, ZKlankbordInputOut, ZKlankbordMeetingOut } from "@/modules/coalition/schemas";
import { createKlankbordInput, createKlankbordMeeting, createKlankbordMember } from "@/modules/coalition/server/klankbord";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { call, keyFor } from "./api-support";

type Gem = Awaited<ReturnType<typeof createGemeente>>;
let A: Gem, B: Gem;
let keyReg: string, keyLoket: string, keyB: string;
let eventId: string;
let memberName: string;
const get = (h: Parameters<typeof call>[0], g: Gem, key: string | undefined, path: string, params: Record<string, string> = {}) =>
  call(h, { path: `/api/v1/gemeenten/${g.slug}${path}`, params: { gemeente: g.slug, ...params }, key });

beforeAll(async () => {
  A = await createGemeente();
  B = await createGemeente();
  const regActor = await actorWithRole(A, "REGISSEUR");
  const reg = await requireTenant(regActor, { slug: A.slug }, "coalition:manage");
  const day = 86_400_000;
  const created = await createEvent(reg, {
    kind: "NETWERKBIJEENKOMST",
    title: "Koffie in de bibliotheek",
    description: "Kennismaken",
    location: "Bibliotheek",
    startsAt: new Date(Date.now() + 7 * day).toISOString(),
    endsAt: new Date(Date.now() + 7 * day + 2 * 3_600_000).toISOString(),
    capacity: "10",
    public: "true",
  });
  eventId = created.id;
  const ondActor = await actorWithRole(A, "ONDERNEMER");
  await registerForEvent(await requireTenant(ondActor, { slug: A.slug }, "gemeente:read"), eventId);
  memberName = `Geheime Deelnemer ${Date.now()}`;
  await createKlankbordMember(reg, {
    displayName: memberName,
    contact: "deelnemer@example.test",
    riskGroups: ["OUDEREN_75_PLUS"],
    consentAt: "2026-01-10",
  });
  const meeting = await createKlankbordMeeting(reg, { date: "2026-09-12", topic: "Drempels bij activiteiten", notes: "" });
  await createKlankbordInput(reg, { meetingId: meeting.id, text: "De activiteiten zijn vaak 's avonds.", theme: KLANKBORD_THEMES[0].key });
  keyReg = (await keyFor(A, "REGISSEUR")).key;
  keyLoket = (await keyFor(A, "LOKET")).key;
  keyB = (await keyFor(B, "REGISSEUR")).key;
});
afterAll(closeOwnerDb);

describe("events over /api/v1", () => {
  it("lists the agenda in the documented shape (the zod schema the document is generated from)", async () => {
    const r = await get(events.GET, A, keyLoket, "/bijeenkomsten");
    expect(r.status).toBe(200);
    expect(r.res.headers.get("api-version")).toBe(API_VERSION);
    expect(r.json.data.map((e: { title: string }) => e.title)).toEqual(["Koffie in de bibliotheek"]);
    expect(ZEvent.strict().array().parse(r.json.data)[0]).toMatchObject({
      registrations: 1,
      capacity: 10,
      public: true,
      cancelled: false,
      registeredByMe: false,
    });
  });

  it("one event and its registrations need coalition:manage, like the web", async () => {
    const one = await get(event.GET, A, keyReg, `/bijeenkomsten/${eventId}`, { id: eventId });
    expect(one.status).toBe(200);
    expect(one.json.data.id).toBe(eventId);
    const regs = await get(registrations.GET, A, keyReg, `/bijeenkomsten/${eventId}/aanmeldingen`, { id: eventId });
    expect(regs.status).toBe(200);
    expect(ZRegistrant.strict().array().parse(regs.json.data)).toHaveLength(1);
    const refused = await get(registrations.GET, A, keyLoket, `/bijeenkomsten/${eventId}/aanmeldingen`, { id: eventId });
    expect([refused.status, refused.json.code]).toEqual([403, "FORBIDDEN"]);
    expect(refused.res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("another gemeente's key does not see the event (404), nor its registrations", async () => {
    const r = await get(registrations.GET, A, keyB, `/bijeenkomsten/${eventId}/aanmeldingen`, { id: eventId });
    expect(r.status).toBe(404);
    const own = await get(registrations.GET, B, keyB, `/bijeenkomsten/${eventId}/aanmeldingen`, { id: eventId });
    expect(own.status).toBe(404);
    expect(own.json).toMatchObject({ status: 404, code: "NOT_FOUND", title: "Niet gevonden" });
  });
});

describe("klankbordgroep over /api/v1", () => {
  it("serves the input and meetings without any member data", async () => {
    const r = await get(inputs.GET, A, keyReg, "/klankbordgroep/inbreng");
    expect(r.status).toBe(200);
    expect(ZKlankbordInputOut.strict().array().parse(r.json.data)).toHaveLength(1);
    const text = JSON.stringify(r.json);
    expect(text).not.toContain(memberName);
    expect(text).not.toContain("deelnemer@example.test");
    expect(text).not.toContain("OUDEREN_75_PLUS");
    const m = await get(meetings.GET, A, keyReg, "/klankbordgroep/bijeenkomsten");
    expect(ZKlankbordMeetingOut.strict().array().parse(m.json.data)[0]).toMatchObject({
      topic: "Drempels bij activiteiten",
      inputCount: 1,
    });
    expect(JSON.stringify(m.json)).not.toContain(memberName);
  });

  it("filters on status, refuses an unknown one in Dutch, and needs dashboard:read", async () => {
    const open = await call(inputs.GET, {
      path: `/api/v1/gemeenten/${A.slug}/klankbordgroep/inbreng?status=VERWERKT`,
      params: { gemeente: A.slug },
      key: keyReg,
    });
    expect(open.json.data).toEqual([]);
    const bad = await call(inputs.GET, {
      path: `/api/v1/gemeenten/${A.slug}/klankbordgroep/inbreng?status=X`,
      params: { gemeente: A.slug },
      key: keyReg,
    });
    expect([bad.status, bad.json.code]).toEqual([422, "VALIDATION"]);
    expect(bad.json.fieldErrors.status).toEqual(["Kies een bestaande status."]);
    const loket = await get(inputs.GET, A, keyLoket, "/klankbordgroep/inbreng");
    expect(loket.status).toBe(403);
  });
});
