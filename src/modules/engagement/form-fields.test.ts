import { describe, expect, it } from "vitest";
import { formValues, type FormFields, type ValueKind } from "@/lib/input/form-values";
import type { FieldSpec } from "./components/action-form";
import { KINDS, type FormKind } from "./components/action-form-kinds";
import * as F from "./components/fields";
import { promoteInput, PROMOTE_FORM } from "./form-fields";
import { SEND_MAIL_FORM, sendMailInput } from "./send-mail-form";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}
/** How the engagement actions read a form (actions.ts `posted`): unlisted fields passed on. */
const posted = (fd: FormData, fields: FormFields) => formValues(fd, fields, { unlisted: "keep" });

/** How a rendered field's value is read: what ActionForm renders must be what its action reads. */
function kindOf(f: FieldSpec): ValueKind {
  if (f.type === "checkboxes") return "checkboxes";
  if (f.type === "number") return "number";
  if (f.type === "select" || f.type === "date") return "optional";
  return "text";
}

describe("the engagement forms' field lists", () => {
  // The field specs the pages render for each kind (a new kind without its specs does not compile), against the list
  // its action reads (action-form-kinds.ts).
  const SPECS: Record<FormKind, readonly FieldSpec[]> = {
    createVestiging: F.vestigingFields,
    updateVestiging: F.updateVestigingFields([]),
    moveStep: F.moveFields,
    park: F.reasonFields,
    revive: F.reasonFields,
    acknowledge: F.acknowledgeFields,
    stop: F.reasonFields,
    restart: F.reasonFields,
    contactPerson: F.contactPersonFields,
    contactMoment: F.contactMomentFields,
    raiseDoubt: F.raiseDoubtFields,
    closeDoubt: F.closeDoubtFields,
    contribution: F.contributionFields,
    milestone: F.milestoneFields,
    motives: F.motivesFields,
    template: F.templateFields,
    proposition: F.propositionFields,
    settings: F.settingsFields,
  };
  const pairs = (Object.keys(KINDS) as FormKind[]).map((k) => [k, SPECS[k], KINDS[k].fields] as const);
  it.each(pairs)("%s: the rendered fields are the ones its action reads, read the same way", (_kind, specs, fields) => {
    expect(Object.fromEntries(specs.map((f) => [f.name, kindOf(f)]))).toEqual(fields);
    expect(specs.map((f) => f.name)).toEqual(Object.keys(fields));
  });
});

describe("promoteInput", () => {
  it("the chosen rows: their ids, no number", () => {
    expect(
      promoteInput(
        posted(
          form([
            ["vestigingIds", "a"],
            ["vestigingIds", "b"],
          ]),
          PROMOTE_FORM,
        ),
      ),
    ).toEqual({
      vestigingIds: ["a", "b"],
      top: undefined,
    });
  });

  it("the top N: the number, no ids; none chosen is not given", () => {
    expect(promoteInput(posted(form([["top", "3"]]), PROMOTE_FORM))).toEqual({ vestigingIds: undefined, top: 3 });
    expect(promoteInput(posted(form([]), PROMOTE_FORM))).toEqual({ vestigingIds: undefined, top: undefined });
  });
});

describe("sendMailInput", () => {
  it("nests the merge fields under values and leaves the empty ones out", () => {
    const fd = form([
      ["key", "ONDERNEMERS"],
      ["to", "bea@banket.test"],
      ["values.compliment", "Mooie winkel"],
      ["values.vraag", ""],
    ]);
    expect(sendMailInput(posted(fd, SEND_MAIL_FORM))).toEqual({
      key: "ONDERNEMERS",
      to: "bea@banket.test",
      values: { compliment: "Mooie winkel" },
    });
  });
});
