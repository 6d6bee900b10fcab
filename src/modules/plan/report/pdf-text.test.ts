import { describe, expect, it } from "vitest";
import { extractPdfText, winAnsiSafe } from "./pdf-text";
import { renderCouncilReportPdf } from "./render-pdf";

describe("winAnsiSafe", () => {
  it("keeps Dutch letters, the euro sign and quotes", () => {
    expect(winAnsiSafe("Ideeën café € 5.000 ‘zorgen’ “doorgeven” – Súdwest-Fryslân")).toBe("Ideeën café € 5.000 ‘zorgen’ “doorgeven” – Súdwest-Fryslân");
  });
  it("drops accents the font cannot draw, replaces the rest, and flattens line breaks", () => {
    expect(winAnsiSafe("Şehir Łódź ✓ 😀\nregel")).toBe("Sehir ?ódz ? ? regel");
    expect(winAnsiSafe("€\u202f12")).toBe("€ 12");
  });
});

describe("PDF text round trip", () => {
  it("what is drawn can be read back, including ë, é and €", async () => {
    const pdf = await renderCouncilReportPdf({
      title: "Voortgang",
      gemeente: "Sint-Oedenrode ✓",
      dateLabel: "1 oktober 2026",
      intro: ["Ideeën voor de Week tegen Eenzaamheid"],
      sections: [{ title: "Begroting", head: ["Post", "Gepland"], rows: [["Café-bijeenkomst", "€ 5.000"]] }],
      footer: "Einde",
    });
    const lines = extractPdfText(pdf);
    expect(lines).toContain("Gemeente: Sint-Oedenrode ?");
    expect(lines).toContain("Ideeën voor de Week tegen Eenzaamheid");
    expect(lines.join("\n")).toContain("Café-bijeenkomst\n€ 5.000");
  });
});
