import { describe, expect, it } from "vitest";
import {
  canSeePersonal,
  checkTransition,
  dueAtFor,
  nextStatuses,
  reporterMailFor,
  reporterStatus,
  SIGNAL_STATUSES,
  TRANSITIONS,
} from "./flow";

describe("signal flow", () => {
  it("follows the Terneuzen path with the right roles", () => {
    const r = "reden";
    expect(checkTransition("ONTVANGEN", "BEOORDEELD", "REGISSEUR", { reason: r })).toEqual({ ok: true });
    expect(checkTransition("ONTVANGEN", "BEOORDEELD", "LOKET", { reason: r })).toEqual({ ok: false, reason: "ROLE" });
    expect(checkTransition("BEOORDEELD", "EERSTE_INTAKE", "LOKET", { reason: r })).toEqual({ ok: true });
    expect(checkTransition("EERSTE_INTAKE", "TEAM_EENZAAMHEID", "LOKET", { reason: r })).toEqual({ ok: true });
    expect(checkTransition("TEAM_EENZAAMHEID", "DOORVERWEZEN", "TEAM_EENZAAMHEID", { reason: r })).toEqual({
      ok: false,
      reason: "REFERRAL_REQUIRED",
    });
    expect(checkTransition("TEAM_EENZAAMHEID", "DOORVERWEZEN", "TEAM_EENZAAMHEID", { reason: r, referralTo: "Humanitas" })).toEqual({
      ok: true,
    });
    expect(checkTransition("DOORVERWEZEN", "AFGESLOTEN", "TEAM_EENZAAMHEID", { reason: r })).toEqual({
      ok: false,
      reason: "OUTCOME_REQUIRED",
    });
    expect(checkTransition("DOORVERWEZEN", "AFGESLOTEN", "TEAM_EENZAAMHEID", { reason: r, outcome: "DEELGENOMEN" })).toEqual({ ok: true });
  });
  it("refuses skipping steps, moves without a reason, and anything for outsiders", () => {
    expect(checkTransition("ONTVANGEN", "AFGESLOTEN", "REGISSEUR", { reason: "x", outcome: "DEELGENOMEN" }).ok).toBe(false);
    expect(checkTransition("ONTVANGEN", "BEOORDEELD", "REGISSEUR", { reason: "  " })).toEqual({ ok: false, reason: "REASON_REQUIRED" });
    for (const from of SIGNAL_STATUSES)
      for (const to of SIGNAL_STATUSES) {
        for (const role of ["ONDERNEMER", "PARTNER", "PUBLIC", "AMBTENAAR"] as const) {
          expect(checkTransition(from, to, role, { reason: "x", outcome: "DEELGENOMEN", referralTo: "y" }).ok).toBe(false);
        }
      }
    expect(nextStatuses("GEANNULEERD", "REGISSEUR")).toEqual([]);
  });
  it("every target status in the table is a known status", () => {
    for (const [from, tos] of Object.entries(TRANSITIONS)) {
      expect(SIGNAL_STATUSES).toContain(from);
      for (const to of Object.keys(tos)) expect(SIGNAL_STATUSES).toContain(to);
    }
  });
  it("reporters see three states and get mail only at picked up and closed", () => {
    expect(reporterStatus("BEOORDEELD")).toBe("ONTVANGEN");
    expect(reporterStatus("TEAM_EENZAAMHEID")).toBe("OPGEPAKT");
    expect(reporterMailFor("ONTVANGEN", "BEOORDEELD")).toBeNull();
    expect(reporterMailFor("BEOORDEELD", "EERSTE_INTAKE")).toBe("OPGEPAKT");
    expect(reporterMailFor("EERSTE_INTAKE", "TEAM_EENZAAMHEID")).toBeNull();
    expect(reporterMailFor("DOORVERWEZEN", "AFGESLOTEN")).toBe("AFGESLOTEN");
  });
  it("personal fields only for the roles working the case", () => {
    const s = { status: "TEAM_EENZAAMHEID" as const, assigneeUserId: "u1", volunteerUserId: "v1" };
    expect(canSeePersonal("REGISSEUR", "x", s)).toBe(true);
    expect(canSeePersonal("TEAM_EENZAAMHEID", "u1", s)).toBe(true);
    expect(canSeePersonal("TEAM_EENZAAMHEID", "u2", s)).toBe(false);
    expect(canSeePersonal("TEAM_WELZIJN", "u1x", s)).toBe(false);
    expect(canSeePersonal("VRIJWILLIGER", "v1", s)).toBe(true);
    expect(canSeePersonal("VRIJWILLIGER", "v2", s)).toBe(false);
    expect(canSeePersonal("ONDERNEMER", "u1", s)).toBe(false);
    expect(canSeePersonal("PARTNER", "u1", s)).toBe(false);
  });
  it("deadlines per step, overridable per gemeente", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    expect(dueAtFor("ONTVANGEN", t)?.toISOString()).toBe("2026-01-03T00:00:00.000Z");
    expect(dueAtFor("ONTVANGEN", t, { ONTVANGEN: 1 })?.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(dueAtFor("AFGESLOTEN", t)).toBeNull();
  });
});
