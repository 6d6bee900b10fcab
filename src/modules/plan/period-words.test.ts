import { describe, expect, it } from "vitest";
import { en } from "@/i18n/en";
import { PERIOD_WORDS, periodText } from "./period-words";

const nlDates = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const enDates = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const now = new Date(Date.UTC(2026, 11, 6, 12));
const yearAgo = new Date(Date.UTC(2025, 11, 6, 12));

describe("periodText: one way to name a period, in Dutch (report, export) and in the reader's language", () => {
  it("reads as the report always did in Dutch", () => {
    expect(periodText({ key: "12m", from: yearAgo, to: now }, PERIOD_WORDS, nlDates)).toBe(
      "Laatste 12 maanden (6 december 2025 tot 6 december 2026)",
    );
    expect(periodText({ key: "jaar", from: new Date(Date.UTC(2026, 0, 1)), to: now }, PERIOD_WORDS, nlDates)).toBe("2026 tot nu");
    expect(
      periodText({ key: "vorig-jaar", from: new Date(Date.UTC(2025, 0, 1)), to: new Date(Date.UTC(2026, 0, 1)) }, PERIOD_WORDS, nlDates),
    ).toBe("2025");
    expect(periodText({ key: "alles", from: null, to: now }, PERIOD_WORDS, nlDates)).toBe("Vanaf het begin");
  });

  it("reads in English with the English words", () => {
    expect(periodText({ key: "12m", from: yearAgo, to: now }, en.labels.period, enDates)).toBe(
      "Last 12 months (6 December 2025 to 6 December 2026)",
    );
    expect(periodText({ key: "jaar", from: new Date(Date.UTC(2026, 0, 1)), to: now }, en.labels.period, enDates)).toBe("2026 so far");
    expect(periodText({ key: "alles", from: null, to: now }, en.labels.period, enDates)).toBe("Since the start");
  });
});
