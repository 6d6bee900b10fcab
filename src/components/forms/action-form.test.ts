import { describe, expect, it } from "vitest";
import { withField } from "./action-form";

describe("withField (a changed field checked again after a submit, in the staff forms and the login forms)", () => {
  it("replaces, adds or removes one field's message and leaves the others", () => {
    const shown = { name: "Te kort.", kind: "Kies een soort." };
    expect(withField(shown, "name", undefined)).toEqual({ kind: "Kies een soort." });
    expect(withField(shown, "name", "Te lang.")).toEqual({ name: "Te lang.", kind: "Kies een soort." });
    expect(withField({}, "email", "Vul je e-mailadres in.")).toEqual({ email: "Vul je e-mailadres in." });
    expect(shown).toEqual({ name: "Te kort.", kind: "Kies een soort." });
  });

  it("gives the same object back when nothing changes, so React keeps the state", () => {
    const shown = { name: "Te kort." };
    expect(withField(shown, "name", "Te kort.")).toBe(shown);
    expect(withField(shown, "kind", undefined)).toBe(shown);
  });
});
