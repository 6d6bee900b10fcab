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
