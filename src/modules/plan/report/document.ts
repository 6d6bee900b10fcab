/**
 * The council report as a document: paragraphs and tables, no figures named here. buildCouncilReport
 * fills it; the web page (components/council-report-view.tsx) and the tagged PDF (render-pdf.ts)
 * render any such document generically and in the same order, so a section added to
 * buildCouncilReport appears in both with the same text.
 */
export type ReportTable = { title: string; note?: string; head: [string, ...string[]]; rows: string[][] };
export type CouncilReportDoc = {
  title: string;
  gemeente: string;
  dateLabel: string;
  intro: string[];
  sections: ReportTable[];
  footer: string;
};

/** The lines above the intro, the same on the web and in the PDF. */
export function letterHead(doc: CouncilReportDoc): { kicker: string; meta: { label: string; value: string }[] } {
  return {
    kicker: "Raadsinformatiebrief",
    meta: [
      { label: "Gemeente", value: doc.gemeente },
      { label: "Datum", value: doc.dateLabel },
    ],
  };
}
