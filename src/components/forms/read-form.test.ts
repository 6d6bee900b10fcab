import { describe, expect, it, vi } from "vitest";
import { readForm } from "./read-form";

/** A stand-in for the browser's FormData over a form: node has FormData, not HTMLFormElement. */
function fakeEvent(entries: [string, string][]) {
  const form = {} as HTMLFormElement;
  const preventDefault = vi.fn();
  vi.stubGlobal(
    "FormData",
    class extends FormData {
      constructor(f?: unknown) {
        super();
        if (f === form) for (const [k, v] of entries) this.append(k, v);
      }
    },
  );
  return { event: { preventDefault, currentTarget: form }, form, preventDefault };
}

describe("readForm", () => {
  it("stops the browser's submit and reads text and checkbox groups as the server expects", () => {
    const { event, form, preventDefault } = fakeEvent([
      ["title", "Koffie"],
      ["targetGroups", "OUDEREN_75"],
      ["targetGroups", "IEDEREEN"],
      ["empty", ""],
    ]);
    const r = readForm(event);
    expect(preventDefault).toHaveBeenCalledTimes(1);
    expect(r.form).toBe(form);
    expect(r.text("title")).toBe("Koffie");
    expect(r.text("empty")).toBe("");
    expect(r.text("missing")).toBe("");
    expect(r.all("targetGroups")).toEqual(["OUDEREN_75", "IEDEREEN"]);
    expect(r.all("missing")).toEqual([]);
    vi.unstubAllGlobals();
  });
});
