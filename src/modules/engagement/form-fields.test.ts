import { describe, expect, it } from "vitest";
import { en } from "@/i18n/en";
import { nl } from "@/i18n/nl";
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
  // The field lists the pages render for each kind (a new kind without its list does not compile), against the list
  // its action reads (action-form-kinds.ts).
  const SPECS: Record<FormKind, F.FieldList> = {
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
  const kinds = Object.keys(KINDS) as FormKind[];
  const pairs = kinds.flatMap((k) =>
    Object.entries({ nl, en }).map(([lang, t]) => [`${k} (${lang})`, SPECS[k](t), KINDS[k].fields] as const),
  );
  it.each(pairs)("%s: the rendered fields are the ones its action reads, read the same way", (_kind, specs, fields) => {
    expect(Object.fromEntries(specs.map((f) => [f.name, kindOf(f)]))).toEqual(fields);
    expect(specs.map((f) => f.name)).toEqual(Object.keys(fields));
  });

  it("an English reader gets English labels, choices, buttons and messages; a Dutch reader the Dutch ones as before", () => {
    const dutch = F.vestigingFields(nl);
    const english = F.vestigingFields(en);
    expect(dutch.map((f) => f.label)).toEqual([
      "Naam van de vestiging",
      "Sector",
      "Adres (niet verplicht)",
      "Wijk (niet verplicht)",
      "Hoe is het contact ontstaan? (niet verplicht)",
      "Organisatie of keten (niet verplicht)",
    ]);
    expect(english.map((f) => f.label)).toEqual([
      "Name of the branch",
      "Sector",
      "Address (optional)",
      "Neighbourhood (optional)",
      "How did the contact come about? (optional)",
      "Organisation or chain (optional)",
    ]);
    expect(english.find((f) => f.name === "sector")?.options).toContainEqual(["kapper", "Hairdresser"]);
    expect(F.moveFields(en)[0]!.options).toContainEqual(["VERBINDEN", "Connect"]);
    expect(F.closeDoubtFields(nl)[0]!.options).toEqual([
      ["CONTINUE", "Doorgaan"],
      ["STOP", "Stoppen"],
    ]);
    expect(en.engagementPages.kinds.createVestiging).toEqual({ submit: "Add business", ok: "The business has been added." });
    expect(nl.engagementPages.kinds.createVestiging).toEqual({ submit: "Ondernemer toevoegen", ok: "De ondernemer is toegevoegd." });
  });

  it("no English form shows a Dutch label: every text differs from its Dutch one but for words both languages share", () => {
    const texts = (f: FieldSpec) => [f.label, f.hint ?? "", ...(f.options ?? []).map(([, label]) => label)];
    const same = new Set(
      kinds.flatMap((k) => {
        const english = SPECS[k](en).flatMap(texts);
        return SPECS[k](nl)
          .flatMap(texts)
          .filter((text, i) => text !== "" && text === english[i]);
      }),
    );
    // Names that read the same in English (a sector, a lead source, a motive of the 5 M's).
    expect([...same].sort()).toEqual(["Bank", "Pedicure", "Sector", "Warm contact"]);
    for (const k of kinds) expect(en.engagementPages.kinds[k].submit, k).not.toBe(nl.engagementPages.kinds[k].submit);
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
