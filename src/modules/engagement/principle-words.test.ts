/**
 * "No procurement advantage" is worded once (issue 22, item 3): every text that names the rule is
 * built from WHEN_THE_GEMEENTE_BUYS. This scans the source for the old and other wordings; the
 * screening word lists (what a hit looks like in someone else's text) are data, not wording.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "@/i18n/nl";
import { literalTexts } from "@/i18n/terminology";
import { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";
import { PRINCIPLES } from "./principles";
import { SCREENING_LABELS } from "./screening";
import { DEFAULT_TEMPLATES, FIXED_PRINCIPLES_SENTENCE } from "./templates";
import { repoFiles } from "../../../tests/support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const OTHER_WORDINGS = /\binkoop\b|\binkopen\b|aanbested|voordeel bij|bij opdrachten|\bgunning/i;
/** Files whose mentions are data: the screening word lists, the jargon list and this wording itself. */
const DATA_FILES = new Set(["src/modules/engagement/screening.ts", "src/i18n/terminology.ts", "src/modules/engagement/principle-words.ts"]);

describe("no procurement advantage, in one wording", () => {
  it("no text in the source words it another way", () => {
    const found = repoFiles("src")
      .filter((f) => !DATA_FILES.has(f))
      .flatMap((f) =>
        literalTexts(fs.readFileSync(path.join(ROOT, f), "utf8"))
          .filter((t) => OTHER_WORDINGS.test(t))
          .map((t) => `${f}: "${t.trim().slice(0, 120)}"`),
      );
    expect(found).toEqual([]);
  });

  it("the texts that name the rule all carry the one clause", () => {
    for (const text of [
      PRINCIPLES.PRINCIPLE_VOLUNTARY.message,
      FIXED_PRINCIPLES_SENTENCE,
      SCREENING_LABELS.AANBESTEDING,
      nl.entrepreneur.join.ackNoProcurement,
    ])
      expect(text).toContain(WHEN_THE_GEMEENTE_BUYS);
    expect(DEFAULT_TEMPLATES.ONDERNEMERS.body).toContain(FIXED_PRINCIPLES_SENTENCE);
  });

  it("the checker catches the old wording", () => {
    expect(OTHER_WORDINGS.test("Het geeft geen voordeel bij inkoop of aanbesteding door de gemeente")).toBe(true);
    expect(OTHER_WORDINGS.test(`Het geeft geen voordeel ${WHEN_THE_GEMEENTE_BUYS}.`)).toBe(false);
  });
});
