import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formBoolean, isStorableText, unstorableTextPaths } from "./text";

describe("isStorableText", () => {
  it("refuses NUL and lone surrogates, accepts normal text and emoji", () => {
    expect(isStorableText("Jan\u0000")).toBe(false);
    expect(isStorableText("a\ud800b")).toBe(false);
    expect(isStorableText("\udc00")).toBe(false);
    expect(isStorableText("Zoë 😀 straße")).toBe(true);
  });
  it("names the fields that hold such text", () => {
    expect(unstorableTextPaths({ name: "ok", address: "x\u0000", list: ["a", "\ud800"] })).toEqual(["address", "list.1"]);
    expect(unstorableTextPaths({ name: "ok" })).toEqual([]);
  });
});

describe("formBoolean", () => {
  const S = z.object({ public: formBoolean() });
  it.each([
    ["true", true],
    ["on", true],
    ["1", true],
    [true, true],
    ["false", false],
    ["off", false],
    ["0", false],
    ["", false],
    [false, false],
    [undefined, false],
  ])("%s → %s", (input, out) => {
    expect(S.parse({ public: input }).public).toBe(out);
  });
  it("never turns the string 'false' into true", () => {
    expect(S.parse({ public: "false" }).public).toBe(false);
    expect(z.object({ public: z.coerce.boolean() }).parse({ public: "false" }).public).toBe(true); // the old trap
  });
  it("refuses anything else", () => {
    expect(S.safeParse({ public: "ja graag" }).success).toBe(false);
    expect(S.safeParse({ public: 2 }).success).toBe(false);
  });
});
