/**
 * Every Dutch message the modules and shared libraries can hand to a person has its English (issue 18: English second,
 * complete). The messages are found in the source as a translator's extraction would find them
 * (tests/support/dutch-messages.ts); a new one without English fails here, with its file.
 */
import { describe, expect, it } from "vitest";
import { dutchMessages } from "../../tests/support/dutch-messages";
import { EN_FRAGMENTS, EN_MESSAGES } from "./en-messages";
import { toEnglish } from "./translate-message";

const found = dutchMessages();
const placeholders = (text: string) => (text.match(/\{\d\}/g) ?? []).sort().join(",");

describe("the English of the modules' Dutch messages", () => {
  it("finds the messages (the extraction works)", () => {
    expect(found.size).toBeGreaterThan(300);
    expect(found.get("Kies wat voor soort partner dit is.")).toBe("src/modules/partners/schemas.ts");
    expect(found.has("Vul {0} in.")).toBe(true);
  });

  it("every message has its English", () => {
    expect([...found].filter(([dutch]) => !(dutch in EN_MESSAGES)).map(([dutch, file]) => `${file}: ${dutch}`)).toEqual([]);
  });

  it("an English template has the same places as its Dutch one, and no English is empty", () => {
    const wrong = Object.entries(EN_MESSAGES).filter(
      ([dutch, english]) => placeholders(dutch) !== placeholders(english) || !english.trim(),
    );
    expect(wrong).toEqual([]);
    expect(Object.values(EN_FRAGMENTS).filter((english) => !english.trim())).toEqual([]);
  });

  it("a template says enough of its own to match only its messages (not '{0}.' matching every sentence)", () => {
    const loose = Object.keys(EN_MESSAGES).filter(
      (dutch) => /\{\d\}/.test(dutch) && (dutch.replace(/\{\d\}/g, "").trim().length < 8 || /\}\{/.test(dutch)),
    );
    expect(loose).toEqual([]);
  });

  it("reads a real message and a real template in English", () => {
    const dict = { messages: EN_MESSAGES, fragments: EN_FRAGMENTS };
    expect(toEnglish("Kies wat voor soort partner dit is.", dict)).not.toBe("Kies wat voor soort partner dit is.");
    expect(toEnglish("Vul de naam van je organisatie in.", dict)).not.toMatch(/^Vul /);
  });
});
