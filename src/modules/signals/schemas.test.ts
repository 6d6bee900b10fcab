import { describe, expect, it } from "vitest";
import { signalSettingsOf } from "./schemas";

describe("signal settings read from Gemeente.settings", () => {
  it("keeps the valid fields when one stored value is bad", () => {
    const s = signalSettingsOf({
      signals: { retentionMonths: 6, cancelledRetentionMonths: "veel", dailyDigest: true, deadlinesHours: { ONTVANGEN: -1 } },
    });
    expect(s).toEqual({ retentionMonths: 6, dailyDigest: true });
  });

  it("falls back to defaults for anything but an object", () => {
    expect(signalSettingsOf({ signals: "kapot" })).toEqual({});
    expect(signalSettingsOf(null)).toEqual({});
  });

  it("reads a fully valid value unchanged", () => {
    const v = { retentionMonths: 12, cancelledRetentionMonths: 1, dailyDigest: false, deadlinesHours: { ONTVANGEN: 48 } };
    expect(signalSettingsOf({ signals: v })).toEqual(v);
  });
});
