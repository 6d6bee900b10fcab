/**
 * The printable signaalkaart per gemeente: an A5 card or an A4 poster (PDF) with the worry form's
 * address as a QR code and the three things to say. A tagged PDF (structure tree, language nl,
 * title shown) because it is a public document. Framework-free: the route only streams the bytes.
 */
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import {
  SIGNAALKAART_DANGER,
  SIGNAALKAART_INTRO,
  SIGNAALKAART_LINES,
  SIGNAALKAART_LINES_HEADING,
  SIGNAALKAART_REASSURE,
  SIGNAALKAART_TITLE,
  type SignaalkaartSize,
} from "../signaalkaart-text";

/** The public worry form of a gemeente, as an absolute address. */
export function worryFormUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/$/, "")}/g/${encodeURIComponent(slug)}/zorgen`;
}

/** The QR code's module matrix (true = dark), error correction M. Also used by the test to decode it. */
export function qrMatrix(text: string): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.modules.get(y, x) === 1));
}

const BRAND = "#0f5e5a";
const INK = "#1a1a1a";

/** The card or poster as PDF bytes. */
export async function signaalkaartPdf(opts: { gemeenteName: string; url: string; size: SignaalkaartSize }): Promise<Buffer> {
  const { gemeenteName, url, size } = opts;
  const title = `Signaalkaart ${gemeenteName}: zorgen om iemand doorgeven`;
  const doc = new PDFDocument({
    size: size === "a4" ? "A4" : "A5",
    margin: 0,
    tagged: true,
    lang: "nl",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: title, Subject: "Waar geef je zorgen om iemand door?", Author: `Gemeente ${gemeenteName}`, Creator: "Samenkracht" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const k = size === "a4" ? 595.28 / 419.53 : 1; // the A4 poster is the A5 card, scaled up
  const margin = 32 * k;
  const width = doc.page.width - 2 * margin;
  const root = doc.struct("Document");
  doc.addStructure(root);

  // Decoration: a coloured band at the top (an artifact, not content).
  doc.markContent("Artifact", { type: "Layout" });
  doc.rect(0, 0, doc.page.width, 10 * k).fill(BRAND);
  doc.endMarkedContent();

  doc.x = margin;
  doc.y = margin;
  const para = (type: string, font: string, fontSize: number, text: string, color = INK, gap = 8) => {
    root.add(
      doc.struct(type, {}, () => {
        doc
          .font(font)
          .fontSize(fontSize * k)
          .fillColor(color)
          .text(text, margin, doc.y, { width });
      }),
    );
    doc.moveDown(gap / 12);
  };

  para("P", "Helvetica-Bold", 12, `Gemeente ${gemeenteName}`, BRAND, 4);
  para("H1", "Helvetica-Bold", 28, SIGNAALKAART_TITLE);
  para("P", "Helvetica", 13, SIGNAALKAART_INTRO);
  para("H2", "Helvetica-Bold", 16, SIGNAALKAART_LINES_HEADING, INK, 4);
  const list = doc.struct("L");
  root.add(list);
  SIGNAALKAART_LINES.forEach((line, i) => {
    list.add(
      doc.struct("LI", {}, () => {
        doc
          .font("Helvetica-Bold")
          .fontSize(13 * k)
          .fillColor(INK)
          .text(`${i + 1}. ${line}`, margin + 6 * k, doc.y, { width: width - 6 * k });
      }),
    );
    doc.moveDown(0.3);
  });
  list.end();
  doc.moveDown(0.6);

  // The QR code, drawn as vector squares (sharp at any print size), with its address as text.
  const matrix = qrMatrix(url);
  const quiet = 4;
  const side = 130 * k;
  const cell = side / (matrix.length + 2 * quiet);
  const qx = margin;
  const qy = doc.y;
  root.add(
    doc.struct("Figure", { alt: `QR-code naar het formulier: ${url}` }, () => {
      doc.rect(qx, qy, side, side).fill("#ffffff");
      doc.fillColor("#000000");
      matrix.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) doc.rect(qx + (x + quiet) * cell, qy + (y + quiet) * cell, cell, cell);
        }),
      );
      doc.fill("#000000");
    }),
  );
  const tx = qx + side + 12 * k;
  const tw = margin + width - tx;
  root.add(
    doc.struct("P", {}, () => {
      doc
        .font("Helvetica")
        .fontSize(13 * k)
        .fillColor(INK)
        .text("Scan de code met je telefoon, of ga naar het adres hieronder.", tx, qy + 10 * k, { width: tw });
    }),
  );
  // The address on one line under the code: smaller type for a long address, so it never breaks.
  doc.font("Helvetica-Bold").fontSize(13 * k);
  const urlSize = Math.max(7, Math.min(13, (13 * width) / doc.widthOfString(url))) * k;
  root.add(
    doc.struct("P", {}, () => {
      doc
        .font("Helvetica-Bold")
        .fontSize(urlSize)
        .fillColor(BRAND)
        .text(url, margin, qy + side + 8 * k, { width, link: url, lineBreak: false });
    }),
  );
  doc.x = margin;
  doc.y = qy + side + 8 * k + urlSize * 1.6;
  para("P", "Helvetica", 12, SIGNAALKAART_REASSURE);
  para("P", "Helvetica-Bold", 14, SIGNAALKAART_DANGER, "#8a1c1c");

  root.end();
  doc.end();
  return done;
}
