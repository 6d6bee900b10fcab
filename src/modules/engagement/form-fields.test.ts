import { describe, expect, it } from "vitest";
import type { FormFields, ValueKind } from "@/lib/input/form-values";
import type { FieldSpec } from "./components/action-form";
import * as F from "./components/fields";
import {
  ACKNOWLEDGE_FORM,
  CLOSE_DOUBT_FORM,
  CONTACT_MOMENT_FORM,
  CONTACT_PERSON_FORM,
  CONTRIBUTION_FORM,
  MILESTONE_FORM,
  MOTIVES_FORM,
  MOVE_FORM,
  postedInput,
  promoteInput,
  PROMOTE_FORM,
  PROPOSITION_FORM,
  REASON_FORM,
  SETTINGS_FORM,
  TEMPLATE_FORM,
  UPDATE_VESTIGING_FORM,
  VESTIGING_FORM,
} from "./form-fields";
import { SEND_MAIL_FORM, sendMailInput } from "./send-mail-form";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

/** How a rendered field's value is read: what ActionForm renders must be what its action reads. */
function kindOf(f: FieldSpec): ValueKind {
  if (f.type === "checkboxes") return "checkboxes";
  if (f.type === "number") return "number";
  if (f.type === "select" || f.type === "date") return "optional";
  return "text";
}

describe("the engagement forms' field lists", () => {
  // The field specs the pages render, with the list their kind's action reads (action-form-kinds.ts).
  const pairs: [string, readonly FieldSpec[], FormFields][] = [
    ["createVestiging", F.vestigingFields, VESTIGING_FORM],
    ["updateVestiging", F.updateVestigingFields([]), UPDATE_VESTIGING_FORM],
    ["moveStep", F.moveFields, MOVE_FORM],
    ["park/revive/stop/restart", F.reasonFields, REASON_FORM],
    ["raiseDoubt", F.raiseDoubtFields, REASON_FORM],
    ["acknowledge", F.acknowledgeFields, ACKNOWLEDGE_FORM],
    ["contactPerson", F.contactPersonFields, CONTACT_PERSON_FORM],
    ["contactMoment", F.contactMomentFields, CONTACT_MOMENT_FORM],
    ["closeDoubt", F.closeDoubtFields, CLOSE_DOUBT_FORM],
    ["contribution", F.contributionFields, CONTRIBUTION_FORM],
    ["milestone", F.milestoneFields, MILESTONE_FORM],
    ["motives", F.motivesFields, MOTIVES_FORM],
    ["template", F.templateFields, TEMPLATE_FORM],
    ["proposition", F.propositionFields, PROPOSITION_FORM],
    ["settings", F.settingsFields, SETTINGS_FORM],
  ];
  it.each(pairs)("%s: the rendered fields are the ones its action reads, read the same way", (_kind, specs, fields) => {
    expect(Object.fromEntries(specs.map((f) => [f.name, kindOf(f)]))).toEqual(fields);
    expect(specs.map((f) => f.name)).toEqual(Object.keys(fields));
  });
});

describe("postedInput", () => {
  it("reads the listed fields and passes any other posted field on, so the strict schema and the principles see it", () => {
    const fd = form([
      ["reason", "Wil meedoen"],
      ["exclusive", "true"],
      ["$ACTION_REF_1", ""],
      ["$ACTION_KEY", "k"],
    ]);
    expect(postedInput(fd, { to: "optional", reason: "text" })).toEqual({ exclusive: "true", to: undefined, reason: "Wil meedoen" });
  });

  it("reads anything but form data as an empty form", () => {
    expect(postedInput({ reason: "x", exclusive: true }, REASON_FORM)).toEqual({ reason: "" });
  });
});

describe("promoteInput", () => {
  it("the chosen rows: their ids, no number", () => {
    expect(
      promoteInput(
        postedInput(
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
    expect(promoteInput(postedInput(form([["top", "3"]]), PROMOTE_FORM))).toEqual({ vestigingIds: undefined, top: 3 });
    expect(promoteInput(postedInput(form([]), PROMOTE_FORM))).toEqual({ vestigingIds: undefined, top: undefined });
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
    expect(sendMailInput(postedInput(fd, SEND_MAIL_FORM))).toEqual({
      key: "ONDERNEMERS",
      to: "bea@banket.test",
      values: { compliment: "Mooie winkel" },
    });
  });
});
