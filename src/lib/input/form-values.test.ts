import { describe, expect, it } from "vitest";
import { formValues } from "./form-values";

function form(entries: [string, string | Blob][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("formValues (the one reader of a posted form, server and browser)", () => {
  it("reads each kind as the schema expects it", () => {
    const fd = form([
      ["name", "  Bakker Jansen "],
      ["to", ""],
      ["date", "2026-11-23"],
      ["weeks", "6"],
      ["empty", " "],
      ["ack", "on"],
      ["motives", "PERSOONLIJK"],
      ["motives", "COMMERCIEEL"],
      ["extra", "not asked for"],
    ]);
    expect(
      formValues(fd, {
        name: "text",
        missing: "text",
        to: "optional",
        date: "optional",
        weeks: "number",
        empty: "number",
        ack: "checkbox",
        off: "checkbox",
        motives: "checkboxes",
        none: "checkboxes",
      }),
    ).toEqual({
      name: "  Bakker Jansen ",
      missing: "",
      to: undefined,
      date: "2026-11-23",
      weeks: 6,
      empty: Number.NaN,
      ack: true,
      off: false,
      motives: ["PERSOONLIJK", "COMMERCIEEL"],
      none: [],
    });
  });

  it("a file or a forged plain object reads as an empty field, and only listed fields are read", () => {
    const fd = form([["name", new Blob(["x"])]]);
    expect(formValues(fd, { name: "text" })).toEqual({ name: "" });
    expect(formValues({ name: "Gekaapt" }, { name: "text", list: "checkboxes" })).toEqual({ name: "", list: [] });
    expect(
      Object.keys(
        formValues(
          form([
            ["a", "1"],
            ["b", "2"],
          ]),
          { a: "text" },
        ),
      ),
    ).toEqual(["a"]);
  });
});

describe("formValues with unlisted: keep (a strict schema refuses a forged field by name)", () => {
  it("passes any other posted field on, the listed ones read as usual, React's own fields never", () => {
    const fd = form([
      ["reason", "Wil meedoen"],
      ["exclusive", "true"],
      ["$ACTION_REF_1", ""],
      ["$ACTION_KEY", "k"],
    ]);
    expect(formValues(fd, { to: "optional", reason: "text" }, { unlisted: "keep" })).toEqual({
      exclusive: "true",
      to: undefined,
      reason: "Wil meedoen",
    });
    expect(formValues(fd, { to: "optional", reason: "text" })).toEqual({ to: undefined, reason: "Wil meedoen" });
  });

  it("a listed field cannot be overridden by a second posted value, and non-FormData reads as an empty form", () => {
    expect(
      formValues(
        form([
          ["reason", "a"],
          ["reason", "b"],
        ]),
        { reason: "text" },
        { unlisted: "keep" },
      ),
    ).toEqual({ reason: "a" });
    expect(formValues({ reason: "x", exclusive: true }, { reason: "text" }, { unlisted: "keep" })).toEqual({ reason: "" });
  });
});
