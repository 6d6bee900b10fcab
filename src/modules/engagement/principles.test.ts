import { describe, expect, it } from "vitest";
import {
  assertPrinciplesInInput,
  checkContributionType,
  checkDoubt,
  checkVoluntary,
  findExclusivityAttempt,
  findMoneyAttempt,
  findRankingAttempt,
  isActiveCollaboration,
  PRINCIPLES,
} from "./principles";
import { ZCreateVestiging, ZEngagementSettings, ZExposureQuery, ZContribution } from "./schemas";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? "THREW";
  }
};

describe("principles: stable codes and Dutch messages", () => {
  it("has six principles, each with a Dutch message", () => {
    expect(Object.keys(PRINCIPLES)).toEqual([
      "PRINCIPLE_VOLUNTARY",
      "PRINCIPLE_NOT_EXCLUSIVE",
      "PRINCIPLE_EQUAL_TREATMENT",
      "PRINCIPLE_TRANSPARENCY",
      "PRINCIPLE_NO_SPONSORSHIP",
      "PRINCIPLE_DOUBT",
    ]);
    expect(PRINCIPLES.PRINCIPLE_NO_SPONSORSHIP.message).toMatch(/stichting/);
    expect(PRINCIPLES.PRINCIPLE_VOLUNTARY.message).toMatch(/geen voordeel geeft als de gemeente iets inkoopt of een opdracht geeft/);
  });
});

describe("PRINCIPLE_VOLUNTARY", () => {
  const base = { step: "VERLEIDEN" as const, acknowledgedAt: null, stoppedAt: null };
  it("refuses vasthouden and versterken without acknowledgement", () => {
    expect(codeOf(() => checkVoluntary(base, "VASTHOUDEN"))).toBe("PRINCIPLE_VOLUNTARY");
    expect(codeOf(() => checkVoluntary(base, "VERSTERKEN"))).toBe("PRINCIPLE_VOLUNTARY");
  });
  it("allows earlier steps without, and active steps with, an acknowledgement", () => {
    expect(codeOf(() => checkVoluntary(base, "VERBINDEN"))).toBeNull();
    expect(codeOf(() => checkVoluntary({ ...base, acknowledgedAt: new Date() }, "VASTHOUDEN"))).toBeNull();
  });
  it("refuses any move once stopped", () => {
    expect(codeOf(() => checkVoluntary({ ...base, acknowledgedAt: new Date(), stoppedAt: new Date() }, "VERBINDEN"))).toBe(
      "PRINCIPLE_VOLUNTARY",
    );
  });
});

describe("PRINCIPLE_DOUBT", () => {
  it("blocks advancing while a doubt is open, not going back", () => {
    expect(codeOf(() => checkDoubt(1, "VERBINDEN", "VERLEIDEN"))).toBe("PRINCIPLE_DOUBT");
    expect(codeOf(() => checkDoubt(1, "VERLEIDEN", "VERBINDEN"))).toBeNull();
    expect(codeOf(() => checkDoubt(0, "VERBINDEN", "VERLEIDEN"))).toBeNull();
  });
  it("an open doubt means no exposure", () => {
    const v = { step: "VASTHOUDEN" as const, acknowledgedAt: new Date(), stoppedAt: null, parkedAt: null };
    expect(isActiveCollaboration({ ...v, openDoubts: 0 })).toBe(true);
    expect(isActiveCollaboration({ ...v, openDoubts: 1 })).toBe(false);
    expect(isActiveCollaboration({ ...v, openDoubts: 0, stoppedAt: new Date() })).toBe(false);
    expect(isActiveCollaboration({ ...v, openDoubts: 0, acknowledgedAt: null })).toBe(false);
  });
});

describe("PRINCIPLE_NOT_EXCLUSIVE", () => {
  it("finds exclusive flags and closed-joining settings, also nested", () => {
    expect(findExclusivityAttempt({ name: "x", exclusive: true })).toBe("exclusive");
    expect(findExclusivityAttempt({ settings: { closedSectors: ["supermarkt"] } })).toBe("settings.closedSectors");
    expect(findExclusivityAttempt({ Exclusief: "ja" })).toBe("Exclusief");
    expect(findExclusivityAttempt({ name: "Exclusieve bakker" })).toBeNull();
    expect(codeOf(() => assertPrinciplesInInput({ closeJoining: { wijk: "Noord" } }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
  });
  it("the zod schemas reject the key explicitly instead of stripping it", () => {
    const r = ZCreateVestiging.safeParse({ name: "Bakker", sector: "bakker", exclusive: true });
    expect(r.success).toBe(false);
    expect(ZEngagementSettings.safeParse({ dueWeeks: 6, closedSectors: ["kapper"] }).success).toBe(false);
    expect(ZCreateVestiging.safeParse({ name: "Bakker", sector: "bakker" }).success).toBe(true);
  });
});

describe("PRINCIPLE_EQUAL_TREATMENT", () => {
  it("refuses featured, priority and ordering by contribution for exposure", () => {
    expect(findRankingAttempt({ featured: true })).toBe("featured");
    expect(findRankingAttempt({ priority: 1 })).toBe("priority");
    expect(findRankingAttempt({ sort: "contribution" }, { exposure: true })).toBe("sort");
    expect(findRankingAttempt({ sort: "naam" }, { exposure: true })).toBeNull();
    expect(codeOf(() => assertPrinciplesInInput({ orderBy: "contributionCount" }, { exposure: true }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(ZExposureQuery.safeParse({ order: "bijdrage" }).success).toBe(false);
  });
});

describe("PRINCIPLE_TRANSPARENCY", () => {
  it("refuses hiding an active collaboration", () => {
    expect(codeOf(() => assertPrinciplesInInput({ hideFromRegister: true }))).toBe("PRINCIPLE_TRANSPARENCY");
    expect(codeOf(() => assertPrinciplesInInput({ publicRegister: false }))).toBe("PRINCIPLE_TRANSPARENCY");
  });
});

describe("PRINCIPLE_NO_SPONSORSHIP", () => {
  it("refuses money, donation and sponsoring types with the principle code", () => {
    for (const t of ["MONEY", "DONATIE", "sponsoring", "Sponsorgeld", "donation"]) {
      expect(codeOf(() => checkContributionType(t))).toBe("PRINCIPLE_NO_SPONSORSHIP");
    }
    expect(findMoneyAttempt({ type: "SIGNALEREN", amount: 500 })).toBe("amount");
    expect(findMoneyAttempt({ type: "SIGNALEREN", description: "koffie" })).toBeNull();
  });
  it("accepts the in-kind menu and refuses unknown types as plain validation", () => {
    expect(checkContributionType("RUIMTE_MATERIAAL_EXPERTISE")).toBe("RUIMTE_MATERIAAL_EXPERTISE");
    expect(codeOf(() => checkContributionType("ONBEKEND"))).toBe("VALIDATION");
    expect(ZContribution.safeParse({ type: "SIGNALEREN", bedrag: 100 }).success).toBe(false);
  });
});
