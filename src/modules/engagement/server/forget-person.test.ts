import { describe, expect, it } from "vitest";
import { authorOf } from "./forget-person";

describe("authorOf: who did something, for the page to name in the reader's language", () => {
  const names = new Map([["u1", "Ria de Vries"]]);

  it("a person by name: a user's current name, or the name stored with the record", () => {
    expect(authorOf("u1", "Oude naam", names)).toEqual({ name: "Ria de Vries" });
    expect(authorOf(null, "Piet", names)).toEqual({ name: "Piet" });
    expect(authorOf(null, null, names)).toEqual({ name: "—" });
  });

  it("an API key and a deleted account are kinds, not Dutch words; what is stored stays as it is", () => {
    expect(authorOf("apikey:abc", null, names)).toEqual({ kind: "api" });
    expect(authorOf("u-gone", null, names)).toEqual({ kind: "deleted" });
    // forgetPersonInGemeente stores "verwijderd account" in the record's name: still a deleted account on the page.
    expect(authorOf(null, "verwijderd account", names)).toEqual({ kind: "deleted" });
  });
});
