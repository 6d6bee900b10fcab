/**
 * Read a PDF back the way assistive technology does, with pdf.js (pdfjs-dist): the structure tree
 * (roles and the text of each element, in reading order), the document language, the title, the
 * mark info, and which fonts are embedded. For tests only (not a test file itself).
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type StructNode = { role: string; text: string; children: StructNode[] };
export type ReadPdf = {
  pages: number;
  title: string | null;
  lang: string | null;
  marked: boolean;
  displayDocTitle: boolean;
  /** The structure tree of the whole document (pages merged in order), rooted at the top element(s). */
  tree: StructNode[];
  /** All text in structure (reading) order, whitespace collapsed. */
  text: string;
  /** Text that is not in the structure tree (should be artifacts only: page numbers). */
  artifactText: string[];
  /** Base names of the embedded fonts (subset prefix removed), and whether any font is not embedded. */
  embeddedFonts: string[];
  unembeddedFonts: string[];
};

type RawNode = { role?: string; type?: string; id?: string; children?: RawNode[] };
type Item = { str?: string; type?: string; id?: string; tag?: string; hasEOL?: boolean };

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const meta = await pdf.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const markInfo = await pdf.getMarkInfo();
  const catalog = Buffer.from(bytes).toString("latin1");
  const merged: StructNode[] = [];
  const artifactText: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    const stack: { id: string | null; tag: string | null }[] = [];
    for (const raw of content.items as Item[]) {
      if (raw.type === "beginMarkedContentProps" || raw.type === "beginMarkedContent")
        stack.push({ id: raw.id ?? null, tag: raw.tag ?? null });
      else if (raw.type === "endMarkedContent") stack.pop();
      else if (typeof raw.str === "string") {
        const top = [...stack].reverse().find((s) => s.id || s.tag === "Artifact");
        // A line break is a space, except after a hyphen inside a word ("Súdwest-" / "Fryslân").
        const eol = raw.hasEOL && !/\p{L}-$/u.test(raw.str) ? " " : "";
        if (top?.id) byId.set(top.id, `${byId.get(top.id) ?? ""}${raw.str}${eol}`);
        else artifactText.push(raw.str);
      }
    }
    const toNode = (r: RawNode): StructNode => {
      if (r.type === "content" && r.id) return { role: "#content", text: norm(byId.get(r.id) ?? ""), children: [] };
      const children = (r.children ?? []).map(toNode);
      return { role: r.role ?? "", text: norm(children.map((c) => c.text).join(" ")), children };
    };
    const tree = (await page.getStructTree()) as RawNode | null;
    const roots = (tree?.children ?? []).map(toNode);
    mergeInto(merged, roots);
    page.cleanup();
  }
  const fonts = [...catalog.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+#-]+)/g)].map((m) => m[1]);
  const embedded = fonts.filter((f) => /^[A-Z]{6}\+/.test(f)).map((f) => f.replace(/^[A-Z]{6}\+/, ""));
  const result: ReadPdf = {
    pages: pdf.numPages,
    title: info.Title ?? null,
    lang: info.Language ?? null,
    marked: markInfo?.Marked === true,
    displayDocTitle: /\/DisplayDocTitle\s+true/.test(catalog),
    tree: merged,
    text: norm(merged.map((n) => n.text).join(" ")),
    artifactText,
    embeddedFonts: [...new Set(embedded)],
    unembeddedFonts: [...new Set(fonts.filter((f) => !/^[A-Z]{6}\+/.test(f)))],
  };
  await pdf.destroy();
  return result;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Each page's tree repeats the elements that span pages. Only the top Document element is merged;
 * an element split over a page break (a long table) shows up once per page, in order.
 */
function mergeInto(into: StructNode[], next: StructNode[]) {
  for (const node of next) {
    const last = into[into.length - 1];
    if (last && last.role === "Document" && node.role === "Document") {
      last.children.push(...node.children);
      last.text = norm(last.children.map((c) => c.text).join(" "));
    } else into.push(node);
  }
}

/** Every node with this role, depth first (reading order). */
export function findAll(nodes: StructNode[], role: string): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    if (n.role === role) out.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** The text of every structure element that holds content directly (P, H1, H2, TH, TD …), one per line. */
function leafLines(nodes: StructNode[]): string[] {
  const out: string[] = [];
  const walk = (n: StructNode) => {
    if (n.role === "#content") return;
    if (n.children.length && n.children.every((c) => c.role === "#content")) {
      if (n.text) out.push(n.text);
    } else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

/** The PDF's text in reading order, one structure element per line (for "label\nvalue" checks). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return leafLines((await readPdf(bytes)).tree).join("\n");
}
