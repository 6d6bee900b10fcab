import { describe, expect, it } from "vitest";
import { amsterdamLocalToIso, isoToAmsterdamLocal, ZInviteInput } from "./schemas";

describe("Amsterdam wall time for datetime-local fields", () => {
  it("reads winter and summer time", () => {
    expect(amsterdamLocalToIso("2026-01-15T19:30")).toBe("2026-01-15T18:30:00.000Z");
    expect(amsterdamLocalToIso("2026-10-01T19:30")).toBe("2026-10-01T17:30:00.000Z");
    expect(amsterdamLocalToIso("")).toBe("");
    expect(amsterdamLocalToIso("morgen")).toBe("");
  });
  it("writes what it reads", () => {
    for (const v of ["2026-01-15T19:30", "2026-10-01T09:05", "2026-03-29T12:00", "2026-12-31T23:59"])
      expect(isoToAmsterdamLocal(amsterdamLocalToIso(v))).toBe(v);
  });
});

describe("invitation groups", () => {
  it("needs at least one group and only known circles and steps", () => {
    expect(ZInviteInput.safeParse({}).success).toBe(false);
    expect(ZInviteInput.safeParse({ partnerCircles: ["KERNTEAM"] }).success).toBe(true);
    expect(ZInviteInput.safeParse({ entrepreneurSteps: ["VERLEIDEN"] }).success).toBe(true);
    expect(ZInviteInput.safeParse({ entrepreneurSteps: ["BESTUUR"] }).success).toBe(false);
    expect(ZInviteInput.safeParse({ partnerCircles: ["KERNTEAM"], extra: 1 }).success).toBe(false);
  });
});
