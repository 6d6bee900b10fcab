import { describe, expect, it } from "vitest";
import { ZPartnerInput, ZPartnerPatch } from "./schemas";

describe("ZPartnerInput", () => {
  it("trims and turns an empty ambassador into null", () => {
    expect(ZPartnerInput.parse({ name: "  GGD  ", kind: "GGD", circle: "WERKGROEP", ambassador: " " })).toEqual({
      name: "GGD",
      kind: "GGD",
      circle: "WERKGROEP",
      ambassador: null,
    });
  });

  it("gives Dutch messages", () => {
    const r = ZPartnerInput.safeParse({ name: 5, kind: "X" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "name: Vul de naam van de partner in.",
      "kind: Kies wat voor soort partner dit is.",
      "circle: Kies in welke kring van de coalitie de partner zit.",
    ]);
  });

  it("counts a 1-character name after trimming as too short", () => {
    expect(ZPartnerInput.safeParse({ name: " a ", kind: "ZORG", circle: "KERNTEAM" }).success).toBe(false);
  });
});

describe("ZPartnerPatch", () => {
  it("needs at least one field", () => {
    expect(ZPartnerPatch.safeParse({}).success).toBe(false);
    expect(ZPartnerPatch.safeParse({ circle: "KERNTEAM" }).success).toBe(true);
  });
});
