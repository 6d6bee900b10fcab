import { describe, expect, it } from "vitest";
import { KERNTEAM_NEEDS_AMBASSADOR, kernteamAmbassadorError } from "./rules";

describe("RULE_KERNTEAM_AMBASSADOR", () => {
  it("refuses the kernteam without an ambassadeur (missing, empty or only spaces)", () => {
    for (const ambassador of [null, undefined, "", "   "]) {
      const error = kernteamAmbassadorError("KERNTEAM", ambassador);
      expect(error?.code).toBe(KERNTEAM_NEEDS_AMBASSADOR);
      expect(error?.fieldErrors?.ambassador?.[0]).toMatch(/ambassadeur/);
    }
  });

  it("allows the kernteam with an ambassadeur, and every other circle without one", () => {
    expect(kernteamAmbassadorError("KERNTEAM", "Anna de Vries")).toBeNull();
    for (const circle of ["WERKGROEP", "LOKALE_COALITIE", "GEINFORMEERD", null] as const) {
      expect(kernteamAmbassadorError(circle, null)).toBeNull();
    }
  });
});
