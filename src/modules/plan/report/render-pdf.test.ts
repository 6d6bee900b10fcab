/**
 * The council report PDF is a tagged PDF (structure tree read back with pdf.js), and its text in
 * reading order equals the web page's text (the same CouncilReportView the page renders).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { findAll, readPdf } from "../../../../tests/support/pdf";
import { CouncilReportView } from "../components/council-report-view";
import type { CouncilReportDoc } from "./document";
import { renderCouncilReportPdf } from "./render-pdf";

const small: CouncilReportDoc = {
  title: "Voortgang aanpak eenzaamheid Súdwest-Fryslân",
  gemeente: "Súdwest-Fryslân",
  dateLabel: "1 oktober 2026",
  intro: [
    "Ideeën voor de Week tegen Eenzaamheid, met ‘aanhalingstekens’ en € 5.000.",
    "Signalen gaan over de periode: laatste 12 maanden.",
  ],
  sections: [
    {
      title: "1. Kerncijfers",
      head: ["Cijfer", "Aantal"],
      rows: [
        ["Café-bijeenkomsten", "3"],
        ["Tijd tot oppakken in uren (de helft was sneller)", "26,4"],
      ],
    },
    {
      title: "2. Begroting",
      note: "Gepland en werkelijk.",
      head: ["Jaar en post", "Gepland", "Werkelijk", "Verschil"],
      rows: [["2026 - Centrale plek voor signalen", "€ 5.000", "€ 4.000", "€ -1.000"]],
    },
  ],
  footer: "Gemaakt met Samenkracht. Deze brief bevat alleen aantallen.",
};

/** A long document: many sections and rows, so tables and sections cross page breaks. */
const long: CouncilReportDoc = {
  ...small,
  sections: Array.from({ length: 9 }, (_, s) => ({
    title: `${s + 1}. Onderdeel met een titel`,
    note: "Een toelichting die over meer dan één regel kan lopen, omdat ze lang genoeg is om te worden afgebroken op de pagina.",
    head: ["Omschrijving", "Aantal"] as [string, string],
    rows: Array.from({ length: 12 }, (_, r) => [`Regel ${r + 1} van onderdeel ${s + 1}`, String(r * 3)]),
  })),
};

/** The web version's text: the page's own component, tags removed, in document order. */
function webText(doc: CouncilReportDoc): string {
  const html = renderToStaticMarkup(createElement(CouncilReportView, { doc }));
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
  return text.replace(/\s+/g, " ").trim();
}

describe("council report PDF (tagged)", () => {
  it("is tagged: marked, language nl-NL, title shown, one H1, an H2 per section, real tables", async () => {
    const pdf = await readPdf(await renderCouncilReportPdf(small));
    expect(pdf.marked).toBe(true);
    expect(pdf.lang).toBe("nl-NL");
    expect(pdf.title).toBe(small.title);
    expect(pdf.displayDocTitle).toBe(true);
    expect(pdf.tree.map((n) => n.role)).toEqual(["Document"]);
    expect(findAll(pdf.tree, "H1").map((n) => n.text)).toEqual([small.title]);
    expect(findAll(pdf.tree, "H2").map((n) => n.text)).toEqual(["1. Kerncijfers", "2. Begroting"]);
    expect(findAll(pdf.tree, "Sect")).toHaveLength(2);
    const tables = findAll(pdf.tree, "Table");
    expect(tables).toHaveLength(2);
    const rows = findAll([tables[1]], "TR");
    expect(rows).toHaveLength(2);
    expect(rows[0].children.map((c) => c.role)).toEqual(["TH", "TH", "TH", "TH"]);
    expect(rows[0].children.map((c) => c.text)).toEqual(["Jaar en post", "Gepland", "Werkelijk", "Verschil"]);
    // A body row: its label is a row header, the figures are data cells.
    expect(rows[1].children.map((c) => [c.role, c.text])).toEqual([
      ["TH", "2026 - Centrale plek voor signalen"],
      ["TD", "€ 5.000"],
      ["TD", "€ 4.000"],
      ["TD", "€ -1.000"],
    ]);
    expect(findAll(pdf.tree, "P").map((n) => n.text)).toEqual(
      expect.arrayContaining(["Raadsinformatiebrief", "Gemeente: Súdwest-Fryslân", "Datum: 1 oktober 2026", small.footer]),
    );
  }, 60_000);

  it("embeds its font (DejaVu Sans, subset) and uses no standard font", async () => {
    const pdf = await readPdf(await renderCouncilReportPdf(small));
    expect(pdf.embeddedFonts).toEqual(expect.arrayContaining(["DejaVuSans", "DejaVuSans-Bold"]));
    expect(pdf.unembeddedFonts).toEqual([]);
  }, 60_000);

  it("reads in the same order and with the same text as the web page; page numbers are artifacts", async () => {
    for (const doc of [small, long]) {
      const bytes = await renderCouncilReportPdf(doc);
      const pdf = await readPdf(bytes);
      expect(pdf.text).toBe(webText(doc));
      expect(pdf.text).not.toContain("pagina 1 van");
      if (doc === long) {
        expect(pdf.pages).toBeGreaterThan(2);
        expect(pdf.artifactText.join(" ")).toContain(`pagina ${pdf.pages} van ${pdf.pages}`);
        expect(findAll(pdf.tree, "H2").map((n) => n.text)).toEqual(doc.sections.map((s) => s.title));
      }
    }
  }, 120_000);
});
