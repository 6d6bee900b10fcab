/**
 * Free-text screening (issue 13, finding 4): a table of Dutch texts and what the screening finds.
 * True positives must be caught; the false positives listed here are accepted on purpose (a
 * second person clears them, see server/doubts.ts); denials such as "geen geld" are not hits.
 */
import { describe, expect, it } from "vitest";
import { foldWords, screenText, type ScreeningCategory } from "./screening";

const cases: Array<{ text: string; expect: ScreeningCategory[]; note?: string }> = [
  // Money (PRINCIPLE_NO_SPONSORSHIP)
  { text: "Wij sponsoren de buurtvereniging met 250 euro per jaar.", expect: ["GELD"] },
  { text: "Donatie van 1000 euro aan de gemeente", expect: ["GELD"] },
  { text: "Met sponsoring van ons", expect: ["GELD"] },
  { text: "Wij geven een gift aan het project.", expect: ["GELD"] },
  { text: "Een schenking aan het Signaalpunt", expect: ["GELD"] },
  { text: "Bijdrage: €500", expect: ["GELD"] },
  { text: "We betalen € 75,- voor de koffie-ochtend aan de gemeente", expect: ["GELD"] },
  { text: "Wij doneren elk jaar aan het sociaal domein", expect: ["GELD"] },
  { text: "Gesponsord door Bakkerij De Korenaar", expect: ["GELD"] },
  { text: "Wij geven geld aan de gemeente", expect: ["GELD"] },
  { text: "Wij geven geen 250 euro maar 500 euro", expect: ["GELD"], note: "the second amount is not denied" },
  // Exclusivity (PRINCIPLE_NOT_EXCLUSIVE)
  { text: "Wij zijn de exclusieve partner van de gemeente", expect: ["EXCLUSIEF"] },
  { text: "Als enige supermarkt in de wijk doen wij mee", expect: ["EXCLUSIEF"] },
  { text: "Alleen wij mogen dit aanbieden", expect: ["EXCLUSIEF"] },
  { text: "EXCLUSIEF voor klanten", expect: ["EXCLUSIEF"] },
  // Procurement advantage (PRINCIPLE_VOLUNTARY)
  { text: "in ruil voor voorrang bij de aanbesteding", expect: ["AANBESTEDING"] },
  { text: "Wij hopen op een gunning van het contract", expect: ["AANBESTEDING"] },
  { text: "Dit helpt ons bij de inkoop van de gemeente", expect: ["AANBESTEDING"] },
  { text: "Aanbestedingen", expect: ["AANBESTEDING"] },
  // All three at once (finding 4's contribution text)
  {
    text: "Wij sponsoren het project met 250 euro, exclusief voor onze wijk, in ruil voor voorrang bij de aanbesteding",
    expect: ["GELD", "EXCLUSIEF", "AANBESTEDING"],
  },
  // Accents and case are folded
  { text: "DONATIE", expect: ["GELD"] },
  { text: "Exclusiéf", expect: ["EXCLUSIEF"] },
  // Invisible characters and full-width letters do not hide a word
  { text: "Met spon\u200Bsoring van ons", expect: ["GELD"] },
  { text: "Een do\u00ADnatie", expect: ["GELD"] },
  { text: "ｓｐｏｎｓｏｒ", expect: ["GELD"] },
  // Not hits: denials and ordinary words
  { text: "Geen geld, wel tijd", expect: [] },
  { text: "Wij geven geen geld maar wel onze ruimte", expect: [] },
  { text: "Zonder sponsoring, gewoon uit betrokkenheid", expect: [] },
  { text: "Niet exclusief: iedereen kan meedoen", expect: [] },
  { text: "Geen voorrang bij de gemeente, dat weten we", expect: [] },
  { text: "Wij bieden elke dinsdag koffie en een praatje aan ouderen", expect: [] },
  { text: "Giftige planten? Onze tuinman helpt", expect: [], note: "'gift' is matched as a whole word only" },
  { text: "Reizen door Europa met de bus", expect: [], note: "'euro' is matched as a whole word only" },
  { text: "Medewerkers signaleren eenzaamheid aan de kassa", expect: [] },
  { text: "Openingstijden: ma-za 8.00-18.00", expect: [] },
  // Accepted false positive: a second person clears it.
  { text: "Wij sponsoren niets, we doen het vrijwillig", expect: ["GELD"], note: "false positive, cleared by a second person" },
];

describe("screenText: Dutch true and false positives", () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} → ${c.expect.join(", ") || "nothing"}${c.note ? ` (${c.note})` : ""}`, () => {
      expect(
        screenText(c.text)
          .hits.map((h) => h.category)
          .sort(),
      ).toEqual([...c.expect].sort());
    });
  }

  it("the reason names the category and the words found", () => {
    const r = screenText("Met sponsoring van ons, 250 euro");
    expect(r.reason).toContain("geld of sponsoring");
    expect(r.reason).toContain('"sponsoring"');
    expect(r.reason).toContain('"euro"');
    expect(screenText("Geen geld, wel tijd").reason).toBeNull();
  });

  it("screens several texts at once and ignores empty ones", () => {
    expect(screenText(null, undefined, "", "Koffie", "Een gift").hits).toEqual([{ category: "GELD", words: ["gift"] }]);
  });

  it("is linear on long and hostile input (cut at 10,000 characters)", () => {
    const long = "a".repeat(200_000) + " sponsor";
    const t = Date.now();
    expect(screenText(long).hits).toEqual([]);
    expect(screenText("x ".repeat(4_000) + "sponsor").hits.length).toBe(1);
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it("folds words: lower case, accents off, € as its own word", () => {
    expect(foldWords("Café €250 ÉXCLUSIEF")).toEqual(["cafe", "€", "250", "exclusief"]);
  });
});
