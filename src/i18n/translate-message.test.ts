import { describe, expect, it } from "vitest";
import { toEnglish, translateFieldErrors, translateMessage, type MessageDictionary } from "./translate-message";

const dict: MessageDictionary = {
  messages: {
    "Vul een titel in.": "Fill in a title.",
    "Vul {0} in.": "Fill in {0}.",
    "Vul bij {0} een datum in als dd-mm-jjjj.": "For {0}, fill in a date as dd-mm-yyyy.",
    "{0} mag hoogstens {1} tekens hebben.": "{0} may have at most {1} characters.",
  },
  fragments: { "de begindatum": "the start date", "De naam": "The name" },
};

describe("a Dutch message in English (looked up by its Dutch text)", () => {
  it("an exact message", () => {
    expect(toEnglish("Vul een titel in.", dict)).toBe("Fill in a title.");
  });

  it("a message made from a template, its Dutch words in English and its numbers kept", () => {
    expect(toEnglish("Vul de begindatum in.", dict)).toBe("Fill in the start date.");
    expect(toEnglish("De naam mag hoogstens 120 tekens hebben.", dict)).toBe("The name may have at most 120 characters.");
  });

  it("the longest template wins over a shorter one that also matches", () => {
    expect(toEnglish("Vul bij de begindatum een datum in als dd-mm-jjjj.", dict)).toBe("For the start date, fill in a date as dd-mm-yyyy.");
  });

  it("a word without English stays as it is inside the English sentence; a message without English stays Dutch", () => {
    expect(toEnglish("Vul de einddatum in.", dict)).toBe("Fill in de einddatum.");
    expect(toEnglish("Dit is nieuw.", dict)).toBe("Dit is nieuw.");
  });

  it("Dutch readers get the message as it is; field errors are translated per message", () => {
    expect(translateMessage("Vul een titel in.", "nl", dict)).toBe("Vul een titel in.");
    expect(translateMessage("Vul een titel in.", "en", dict)).toBe("Fill in a title.");
    const errors = { title: ["Vul een titel in."], start: ["Vul de begindatum in."] };
    expect(translateFieldErrors(errors, "en", dict)).toEqual({ title: ["Fill in a title."], start: ["Fill in the start date."] });
    expect(translateFieldErrors(errors, "nl", dict)).toBe(errors);
  });

  it("a template's Dutch text is matched literally (a dot is a dot, not any character)", () => {
    expect(toEnglish("Vul een titel inX", dict)).toBe("Vul een titel inX");
  });
});
