import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/input/form-values";
import {
  deadlineField,
  FEEDBACK_FORM,
  INTAKE_FORM,
  RESIDENT_RIGHTS_FORM,
  residentRightsInput,
  signalSettingsForm,
  signalSettingsInput,
  TRANSITION_FORM,
} from "./form-fields";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("the signal forms as their actions read them", () => {
  it("settings: the days per step are gathered under deadlineDays (empty = the default), the digest is a tick", () => {
    const fd = form([
      ["retentionMonths", "18"],
      ["cancelledRetentionMonths", "3"],
      ["staleOpenMonths", ""],
      [deadlineField("ONTVANGEN"), "3"],
      [deadlineField("BEOORDEELD"), ""],
      ["dailyDigest", "ja"],
    ]);
    const steps = ["ONTVANGEN", "BEOORDEELD"];
    expect(signalSettingsInput(formValues(fd, signalSettingsForm(steps)), steps)).toEqual({
      retentionMonths: "18",
      cancelledRetentionMonths: "3",
      staleOpenMonths: undefined,
      deadlineDays: { ONTVANGEN: "3" },
      dailyDigest: true,
    });
    expect(signalSettingsInput(formValues(form([]), signalSettingsForm(steps)), steps)).toMatchObject({
      deadlineDays: {},
      dailyDigest: false,
    });
    expect(Object.keys(signalSettingsForm(steps))).toEqual([
      "retentionMonths",
      "cancelledRetentionMonths",
      "staleOpenMonths",
      "deadlineDays.ONTVANGEN",
      "deadlineDays.BEOORDEELD",
      "dailyDigest",
    ]);
  });

  it("resident rights: search by default, blank query fields are left out, a change carries the reason, the tick and the signals", () => {
    expect(residentRightsInput(formValues(form([["residentName", "  "]]), RESIDENT_RIGHTS_FORM))).toMatchObject({
      intent: "zoek",
      query: { residentName: undefined, residentContact: undefined },
    });
    const fd = form([
      ["intent", "wis"],
      ["residentName", "Jan Jansen"],
      ["signalId", "a"],
      ["signalId", "b"],
      ["basis", "VERZOEK_BEWONER"],
      ["confirm", "ja"],
    ]);
    expect(residentRightsInput(formValues(fd, RESIDENT_RIGHTS_FORM))).toEqual({
      intent: "wis",
      query: { residentName: "Jan Jansen", residentContact: undefined },
      change: { residentName: "Jan Jansen", residentContact: undefined, basis: "VERZOEK_BEWONER", confirm: true, signalIds: ["a", "b"] },
    });
  });

  it("intake, next step and feedback: empty choices are not given", () => {
    expect(
      formValues(
        form([
          ["category", ""],
          ["situation", "Iets"],
        ]),
        INTAKE_FORM,
      ),
    ).toMatchObject({ category: undefined, situation: "Iets" });
    expect(
      formValues(
        form([
          ["to", "BEOORDEELD"],
          ["outcome", ""],
        ]),
        TRANSITION_FORM,
      ),
    ).toMatchObject({
      to: "BEOORDEELD",
      reason: "",
      outcome: undefined,
    });
    expect(formValues(form([["token", "t"]]), FEEDBACK_FORM)).toEqual({ token: "t", helped: undefined, remark: "" });
  });
});
