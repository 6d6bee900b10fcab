import { describe, expect, it } from "vitest";
import { describeStepChange } from "./labels";
import { fieldsIn, missingFieldsMessage, renderTemplate } from "./merge";
import { buildDueDigestMail } from "./digest";

describe("history lines say what happened", () => {
  it("a move names both steps; an acknowledgement without a step change does not", () => {
    expect(describeStepChange({ kind: "MOVE", fromStep: "VERBINDEN", toStep: "VERLEIDEN" })).toBe("Van Verbinden naar Verleiden");
    expect(describeStepChange({ kind: "ACKNOWLEDGE", fromStep: "VERLEIDEN", toStep: "VERLEIDEN" })).toBe("Vrijwilligheid bevestigd");
    expect(describeStepChange({ kind: "PARK", fromStep: "VERBINDEN", toStep: "VERBINDEN" })).toBe("Stilgezet");
    expect(describeStepChange({ kind: "STOP", fromStep: "VASTHOUDEN", toStep: "VASTHOUDEN" })).toBe("Samenwerking gestopt");
    expect(describeStepChange({ kind: "RESTART", fromStep: "VASTHOUDEN", toStep: "VERBINDEN" })).toBe(
      "Opnieuw begonnen: van Vasthouden naar Verbinden",
    );
  });
});

describe("merge fields", () => {
  it("are found in order of first appearance across subject and body, each once", () => {
    expect(fieldsIn("Doet {{ondernemer}} mee?", "Beste {{aanhef}}, {{ondernemer}} in {{ gemeente }}")).toEqual([
      "ondernemer",
      "aanhef",
      "gemeente",
    ]);
  });
  it("the refusal names the empty fields in Dutch, not as {{codes}}", () => {
    const r = renderTemplate("Het team {{team}} gaat {{datum}}", { datum: "morgen", team: "  " });
    expect(r.missing).toEqual(["team"]);
    expect(missingFieldsMessage(r.missing)).toBe("Vul eerst in: Naam van je team.");
    expect(missingFieldsMessage(["functie", "contactgegevens"])).toBe("Vul eerst in: Jouw functie, Jouw telefoon en e-mail.");
  });
  it("a filled value is trimmed, so no double spaces appear", () => {
    expect(renderTemplate("Het team {{team}} gaat", { team: " Zorg " }).text).toBe("Het team Zorg gaat");
  });
});

describe("digest with next actions", () => {
  const base = { gemeenteName: "Samenstad", gemeenteSlug: "samenstad", holderName: "Anouk", dueWeeks: 6, baseUrl: "http://x" };
  it("lists the actions with date, entrepreneur and what, overdue marked, with a link to Mijn acties", () => {
    const m = buildDueDigestMail({
      ...base,
      relations: [],
      actions: [
        {
          vestigingId: "a1",
          vestigingName: "Apotheek De Gaper",
          action: "Terugbellen",
          date: new Date("2026-12-02T09:00:00Z"),
          overdue: true,
        },
        { vestigingId: "b2", vestigingName: "Bakker Bol", action: "Folder brengen", date: null, overdue: false },
      ],
    });
    expect(m.subject).toBe("2 acties staan klaar (Samenstad)");
    expect(m.text).toContain("- 2 dec 2026 (te laat) — Apotheek De Gaper: Terugbellen\n  http://x/app/samenstad/ondernemers/a1");
    expect(m.text).toContain("- zonder datum — Bakker Bol: Folder brengen");
    expect(m.text).toContain("http://x/app/samenstad#mijn-acties");
    expect(m.text).not.toContain("weken of langer geen contact");
  });
  it("with due relations and actions, the subject names both", () => {
    const m = buildDueDigestMail({
      ...base,
      relations: [{ id: "a1", name: "Apotheek", step: "VASTHOUDEN", weeksWithoutContact: 8 }],
      actions: [{ vestigingId: "a1", vestigingName: "Apotheek", action: "Bellen", date: null, overdue: false }],
    });
    expect(m.subject).toBe("1 ondernemer wacht op contact, 1 actie staat klaar (Samenstad)");
  });
});
