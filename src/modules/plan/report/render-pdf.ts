/**
 * The raadsinformatiebrief as a PDF (pdf-lib, standard Helvetica, WinAnsi-safe text). Pure: takes
 * the figures, returns bytes. Every value sits on its own text line beside its label, so the text
 * is readable by a screen reader's reading order and by extractPdfText.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { winAnsiSafe } from "./pdf-text";

export type ReportTable = { title: string; note?: string; head: [string, ...string[]]; rows: string[][] };
export type CouncilReportDoc = {
  title: string;
  gemeente: string;
  dateLabel: string;
  intro: string[];
  sections: ReportTable[];
  footer: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.3, 0.3, 0.34);

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(private doc: PDFDocument, private regular: PDFFont, private bold: PDFFont) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(h: number) {
    if (this.y - h < MARGIN) this.newPage();
  }
  /** Wrapped text; returns nothing, moves down. */
  text(s: string, opts: { size?: number; bold?: boolean; x?: number; width?: number; color?: ReturnType<typeof rgb>; gap?: number } = {}) {
    const size = opts.size ?? 10.5;
    const font = opts.bold ? this.bold : this.regular;
    const x = opts.x ?? MARGIN;
    const width = opts.width ?? A4[0] - MARGIN - x;
    for (const line of wrap(winAnsiSafe(s), font, size, width)) {
      this.ensure(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x, y: this.y, size, font, color: opts.color ?? INK });
    }
    this.y -= opts.gap ?? 0;
  }
  /** One table row: first column wrapped at the left, other columns right-aligned. */
  row(cells: string[], bold = false) {
    const size = 10;
    const font = bold ? this.bold : this.regular;
    const cols = cells.length - 1;
    const colW = cols > 2 ? 70 : 90;
    const labelW = A4[0] - 2 * MARGIN - cols * colW - 8;
    const lines = wrap(winAnsiSafe(cells[0]), font, size, labelW);
    this.ensure(lines.length * size * 1.4 + 4);
    const top = this.y;
    lines.forEach((line, i) => this.page.drawText(line, { x: MARGIN, y: top - (i + 1) * size * 1.4, size, font, color: INK }));
    cells.slice(1).forEach((c, i) => {
      const v = winAnsiSafe(c);
      const right = A4[0] - MARGIN - (cols - 1 - i) * colW;
      this.page.drawText(v, { x: right - font.widthOfTextAtSize(v, size), y: top - size * 1.4, size, font, color: INK });
    });
    this.y = top - lines.length * size * 1.4 - 3;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: A4[0] - MARGIN, y: this.y + 1 }, thickness: 0.4, color: rgb(0.75, 0.75, 0.78) });
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) <= width || !cur) cur = next;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [""];
}

export async function renderCouncilReportPdf(doc: CouncilReportDoc, now = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiSafe(doc.title), { showInWindowTitleBar: true });
  pdf.setLanguage("nl-NL");
  pdf.setAuthor(winAnsiSafe(`Gemeente ${doc.gemeente}`));
  pdf.setSubject("Voortgang van de lokale aanpak van eenzaamheid");
  pdf.setProducer("Samenkracht");
  pdf.setCreator("Samenkracht");
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(pdf, regular, bold);

  w.text("Raadsinformatiebrief", { size: 11, color: MUTED });
  w.text(doc.title, { size: 18, bold: true, gap: 4 });
  w.text(`Gemeente: ${doc.gemeente}`, { bold: true });
  w.text(`Datum: ${doc.dateLabel}`, { gap: 8 });
  for (const p of doc.intro) w.text(p, { gap: 4 });

  for (const s of doc.sections) {
    w.ensure(70);
    w.y -= 10;
    w.text(s.title, { size: 13, bold: true, gap: 2 });
    if (s.note) w.text(s.note, { size: 9.5, color: MUTED, gap: 2 });
    w.row(s.head, true);
    for (const r of s.rows) w.row(r);
  }
  w.y -= 12;
  w.text(doc.footer, { size: 9, color: MUTED });

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const label = winAnsiSafe(`${doc.gemeente} - raadsinformatiebrief - pagina ${i + 1} van ${pages.length}`);
    p.drawText(label, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: MUTED });
  });
  return pdf.save();
}
