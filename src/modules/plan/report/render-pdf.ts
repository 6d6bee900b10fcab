/**
 * The raadsinformatiebrief as a tagged, accessible PDF (pdfkit; docs/decisions/0017). Pure: takes the
 * document, returns bytes. Rendered generically from CouncilReportDoc — the same walk as the web
 * page (components/council-report-view.tsx), so both carry the same text in the same order:
 *   Document
 *     P (kicker) · H1 (title) · P (Gemeente: …) · P (Datum: …) · P (intro …)
 *     Sect per section: H2 · P (note) · Table (TR of TH scope=Column, then TR of TH scope=Row + TD)
 *     P (footer)
 * Page numbers are Artifacts (not read aloud, not in the structure). Language nl-NL, the title in
 * the metadata and shown in the window title (DisplayDocTitle), DejaVu Sans embedded (subset).
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { letterHead, type CouncilReportDoc, type ReportTable } from "./document";

export type { CouncilReportDoc } from "./document";

const MARGIN = 56;
const INK = "#1a1a1f";
const MUTED = "#4d4d57";
const LINE = "#bfbfc7";

/** The TrueType font shipped with the npm package dejavu-fonts-ttf (free licence, full Latin). */
const PDF_FONT_FILES = {
  regular: path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf"),
  bold: path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf"),
};

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** pdfkit ≥ 0.18 tags tables itself (Table/TR/TH/TD with Scope); @types/pdfkit predates that. */
type TaggedCell = PDFKit.Mixins.CellOptions & { scope?: "Row" | "Column" | "Both" };
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent?: Struct; data: TaggedCell[][] };

function paragraph(
  doc: Doc,
  parent: Struct,
  type: "P" | "H1" | "H2",
  text: string,
  style: { size: number; bold?: boolean; color?: string; gap?: number },
) {
  doc
    .font(style.bold ? PDF_FONT_FILES.bold : PDF_FONT_FILES.regular)
    .fontSize(style.size)
    .fillColor(style.color ?? INK);
  // Keep a heading with at least two lines of what follows.
  const need = doc.heightOfString(text, { width: contentWidth(doc) }) + (type === "P" ? 0 : 3 * style.size);
  if (doc.y + need > doc.page.height - doc.page.margins.bottom) doc.addPage();
  parent.add(
    doc.struct(type, {}, () => {
      doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) });
    }),
  );
  doc.moveDown(style.gap ?? 0.3);
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

function table(doc: Doc, parent: Struct, t: ReportTable) {
  const cols = t.head.length;
  const numW = cols > 2 ? 78 : 100;
  const labelW = contentWidth(doc) - (cols - 1) * numW;
  const border = { top: 0, left: 0, right: 0, bottom: 0.5 };
  const cell = (text: string, i: number, header: "Column" | "Row" | null): TaggedCell => ({
    text,
    type: header ? "TH" : "TD",
    ...(header ? { scope: header } : {}),
    align: { x: i === 0 ? "left" : "right", y: "top" },
    font: { src: header === "Column" ? PDF_FONT_FILES.bold : PDF_FONT_FILES.regular, size: 10 },
    border,
    borderColor: { bottom: LINE },
    padding: { top: 3, bottom: 3, left: 0, right: i === 0 ? 8 : 0 },
  });
  doc.font(PDF_FONT_FILES.regular).fontSize(10).fillColor(INK);
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const options: TaggedTableOptions = {
    position: { x: MARGIN, y: doc.y },
    columnStyles: [labelW, ...Array.from({ length: cols - 1 }, () => numW)],
    structParent: parent,
    data: [t.head.map((h, i) => cell(h, i, "Column")), ...t.rows.map((r) => r.map((c, i) => cell(c, i, i === 0 ? "Row" : null)))],
  };
  doc.table(options as PDFKit.Mixins.TableOptionsWithData);
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

export async function renderCouncilReportPdf(report: CouncilReportDoc, now = new Date()): Promise<Uint8Array> {
  const head = letterHead(report);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + 10 },
    tagged: true,
    lang: "nl-NL",
    displayTitle: true,
    pdfVersion: "1.7",
    bufferPages: true,
    info: {
      Title: report.title,
      Author: `Gemeente ${report.gemeente}`,
      Subject: "Voortgang van de lokale aanpak van eenzaamheid",
      Creator: "Samenkracht",
      Producer: "Samenkracht",
      CreationDate: now,
      ModDate: now,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  // Fonts by file path, not registerFont(name): pdfkit caches a font by its path, while a
  // registered name makes the table re-open the file for every cell (10× slower).

  const root = doc.struct("Document");
  doc.addStructure(root);
  paragraph(doc, root, "P", head.kicker, { size: 11, color: MUTED, gap: 0.1 });
  paragraph(doc, root, "H1", report.title, { size: 18, bold: true, gap: 0.4 });
  for (const m of head.meta) paragraph(doc, root, "P", `${m.label}: ${m.value}`, { size: 10.5, gap: 0.1 });
  doc.moveDown(0.5);
  for (const p of report.intro) paragraph(doc, root, "P", p, { size: 10.5, gap: 0.5 });

  for (const s of report.sections) {
    const sect = doc.struct("Sect");
    root.add(sect);
    doc.moveDown(0.6);
    paragraph(doc, sect, "H2", s.title, { size: 13, bold: true, gap: 0.2 });
    if (s.note) paragraph(doc, sect, "P", s.note, { size: 9.5, color: MUTED, gap: 0.3 });
    table(doc, sect, s);
    sect.end();
  }
  doc.moveDown(0.8);
  paragraph(doc, root, "P", report.footer, { size: 9, color: MUTED });
  root.end();

  // Page numbers: artifacts (pagination), outside the structure tree and the reading order.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font(PDF_FONT_FILES.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${report.gemeente} - raadsinformatiebrief - pagina ${i + 1} van ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
