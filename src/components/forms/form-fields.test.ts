import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckboxGroup, errorLine, FieldError, FormStatus, SelectField, SubmitButton, TextArea, TextField, fieldAria } from "./form-fields";

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("form fields", () => {
  it("a text field without an error: label linked by id, not invalid, no error line", () => {
    const out = html(h(TextField, { id: "f-title", name: "title", label: "Titel", defaultValue: "Koffie" }));
    expect(out).toContain('<label for="f-title" class="font-semibold">Titel</label>');
    expect(out).toMatch(/<input id="f-title" type="text" class="[^"]*" name="title" value="Koffie"\/>/);
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("-fout");
  });

  it("a field with an error: aria-invalid, described by the Dutch error under it", () => {
    const out = html(h(TextField, { id: "f-date", name: "startDate", label: "Begindatum", type: "date", error: "Kies een datum." }));
    expect(out).toContain('type="date"');
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('aria-describedby="f-date-fout"');
    expect(out).toContain('<p id="f-date-fout" class="mt-1 text-danger">Kies een datum.</p>');
  });

  it("optional fields say so in the label", () => {
    expect(html(h(TextArea, { id: "f-d", label: "Korte uitleg", optional: true }))).toContain(">Korte uitleg (niet verplicht)</label>");
    expect(html(h(TextField, { id: "f-o", label: "Wie", optional: false }))).not.toContain("niet verplicht");
  });

  it("a select lists the choices after the optional empty one", () => {
    const out = html(
      h(SelectField, {
        id: "f-k",
        name: "kind",
        label: "Soort",
        options: { A: "Eén", B: "Twee" },
        placeholder: "Kies een soort",
        defaultValue: "B",
      }),
    );
    expect(out).toMatch(
      /<option value="">Kies een soort<\/option><option value="A">Eén<\/option><option value="B" selected="">Twee<\/option>/,
    );
    expect(html(h(SelectField, { id: "f-k", label: "Soort", options: { A: "Eén" } }))).not.toContain('<option value="">');
  });

  it("a checkbox group: one box per option, the checked ones ticked, the error on the fieldset", () => {
    const out = html(
      h(CheckboxGroup, {
        id: "f-tg",
        legend: "Voor wie?",
        name: "targetGroups",
        options: { X: "Iks", Y: "IJ" },
        checked: ["Y"],
        error: "Kies er één.",
      }),
    );
    expect(out).toMatch(/^<fieldset aria-invalid="true" aria-describedby="f-tg-fout"><legend class="font-semibold">Voor wie\?<\/legend>/);
    expect(out).toContain('<input type="checkbox" name="targetGroups" value="X"/>');
    expect(out).toContain('<input type="checkbox" name="targetGroups" checked="" value="Y"/> IJ');
    expect(out).toContain('<p id="f-tg-fout" class="mt-1 text-danger">Kies er één.</p></fieldset>');
  });

  it("the status line is a polite live region, green for ok and red for an error, empty before", () => {
    expect(html(h(FormStatus, { status: null }))).toBe('<div aria-live="polite" role="status" class="min-h-6"></div>');
    expect(html(h(FormStatus, { status: { kind: "ok", text: "Opgeslagen." } }))).toContain(
      '<p class="font-semibold text-brand-strong">Opgeslagen.</p>',
    );
    expect(html(h(FormStatus, { status: { kind: "error", text: "Dat ging mis." } }))).toContain(
      '<p class="font-semibold text-danger">Dat ging mis.</p>',
    );
  });

  it("the submit button is disabled with the pending text while the action runs", () => {
    expect(html(h(SubmitButton, { pending: false, children: "Opslaan" }))).toMatch(
      /^<button type="submit" class="[^"]*">Opslaan<\/button>$/,
    );
    expect(html(h(SubmitButton, { pending: true, children: "Opslaan" }))).toMatch(
      /^<button type="submit" disabled="" class="[^"]*">Bezig met opslaan…<\/button>$/,
    );
    expect(html(h(SubmitButton, { pending: true, pendingText: "Bezig…", children: "Opslaan" }))).toContain(">Bezig…</button>");
  });

  it("fieldAria and FieldError agree on the error id", () => {
    expect(fieldAria("x", undefined)).toEqual({ "aria-invalid": undefined, "aria-describedby": undefined });
    expect(fieldAria("x", "Fout")).toEqual({ "aria-invalid": true, "aria-describedby": "x-fout" });
    expect(html(h(FieldError, { id: "x", error: undefined }))).toBe("");
  });
});

describe("errorLine (a line of an error summary)", () => {
  it("puts a colon between label and message, unless the label ends in a question mark or colon", () => {
    expect(errorLine("Naam", "Vul de naam in.")).toBe("Naam: Vul de naam in.");
    expect(errorLine("Wat is u opgevallen?", "Schrijf in een paar zinnen wat er is opgevallen.")).toBe(
      "Wat is u opgevallen? Schrijf in een paar zinnen wat er is opgevallen.",
    );
    expect(errorLine("Waarom?", "Schrijf kort waarom.")).toBe("Waarom? Schrijf kort waarom.");
  });
});
