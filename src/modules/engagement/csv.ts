/**
 * Longlist import: CSV parsing and per-row validation (pure). Writing happens in
 * ./server/import-longlist.ts, in one transaction, only when every row is valid.
 */
import { hasVisibleLetterOrDigit, INVISIBLE_NAME_MESSAGE } from "@/lib/names";
import type { LeadSource } from "@/generated/prisma/enums";
import { isEmailAddress, MAX_EMAIL_LENGTH } from "@/lib/text/email";
import { LEAD_SOURCE_LABELS } from "./labels";
import { findSector, type SectorKey } from "./sectors";

const MAX_IMPORT_ROWS = 5000;

/** Bounds that keep one import's work small and linear (checked while parsing, before any pattern). */
export const CSV_LIMITS = {
  /** Columns in the header and in any row (the longlist knows 14 column names). */
  maxColumns: 50,
  /** Characters in one field. */
  maxFieldLength: 1000,
} as const;

/** The file breaks a bound: parsing stops at once (Dutch message for the report's line). */
class CsvLimitError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvLimitError";
  }
}

export type CsvBounds = { maxColumns?: number; maxFieldLength?: number; maxRows?: number };

/**
 * RFC 4180-style parser: quotes, doubled quotes, CRLF, a BOM; the delimiter (; , or tab) is detected.
 * One pass over the text. With bounds it stops at the first row with too many columns, the first
 * field that is too long, or when there are more than maxRows rows (header included) — so a header of
 * two million separators costs no more than its first 51 fields.
 */
export function parseCsv(text: string, bounds: CsvBounds = {}): string[][] {
  const maxColumns = bounds.maxColumns ?? Number.POSITIVE_INFINITY;
  const maxField = bounds.maxFieldLength ?? Number.POSITIVE_INFINITY;
  const maxRows = bounds.maxRows ?? Number.POSITIVE_INFINITY;
  const src = text.replace(/^\uFEFF/, "");
  const nl = src.search(/\r|\n/);
  const firstLine = nl === -1 ? src : src.slice(0, nl);
  const splitLimit = Number.isFinite(maxColumns) ? maxColumns + 2 : undefined;
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d, splitLimit).length - 1] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ";";

  const rows: string[][] = [];
  let row: string[] = [];
  let start = 0; // start of the current unquoted run of the field
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  const line = () => rows.length + 1;
  const pushField = () => {
    if (field.length > maxField) throw new CsvLimitError(line(), `Een veld is te lang (meer dan ${maxField} tekens).`);
    row.push(field);
    if (row.length > maxColumns) throw new CsvLimitError(line(), `Deze regel heeft meer dan ${maxColumns} kolommen.`);
    field = "";
    fieldStarted = false;
  };
  const pushRow = () => {
    if (row.some((f) => f.trim() !== "")) {
      rows.push(row);
      if (rows.length > maxRows) throw new CsvLimitError(1, `Het bestand heeft meer dan ${maxRows - 1} regels. Splits het op.`);
    }
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        // take the whole run up to the next quote at once (no per-character string building)
        const q = src.indexOf('"', i);
        const end = q === -1 ? src.length : q;
        field += src.slice(i, end);
        i = end - 1;
      }
      if (field.length > maxField) throw new CsvLimitError(line(), `Een veld is te lang (meer dan ${maxField} tekens).`);
    } else if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === delimiter) pushField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      pushField();
      pushRow();
    } else {
      fieldStarted = true;
      start = i;
      while (i + 1 < src.length && src[i + 1] !== delimiter && src[i + 1] !== "\n" && src[i + 1] !== "\r" && src[i + 1] !== '"') i++;
      field += src.slice(start, i + 1);
      if (field.length > maxField) throw new CsvLimitError(line(), `Een veld is te lang (meer dan ${maxField} tekens).`);
    }
  }
  if (field !== "" || row.length) {
    pushField();
    pushRow();
  }
  return rows;
}

type LonglistRow = {
  line: number;
  name: string;
  organisation: string | null;
  sector: SectorKey;
  address: string | null;
  wijk: string | null;
  leadSource: LeadSource | null;
  kvkNumber: string | null;
  contact: { name: string; email: string | null; phone: string | null } | null;
};

export type RowError = { line: number; messages: string[] };

const HEADER_ALIASES: Record<string, keyof Omit<LonglistRow, "line" | "contact"> | "contactName" | "email" | "phone"> = {
  naam: "name",
  bedrijf: "name",
  vestiging: "name",
  organisatie: "organisation",
  keten: "organisation",
  sector: "sector",
  adres: "address",
  wijk: "wijk",
  bron: "leadSource",
  kvk: "kvkNumber",
  kvknummer: "kvkNumber",
  contactpersoon: "contactName",
  email: "email",
  telefoon: "phone",
};

const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

function findLeadSource(input: string): LeadSource | null {
  const n = key(input);
  for (const [code, label] of Object.entries(LEAD_SOURCE_LABELS)) {
    if (key(code) === n || key(label) === n) return code as LeadSource;
  }
  const shortcuts: Record<string, LeadSource> = {
    warmcontact: "WARM_CONTACT",
    collegaez: "COLLEGA_EZ",
    ez: "COLLEGA_EZ",
    wsp: "WERKGEVERSSERVICEPUNT",
    nationalecoalitie: "NATIONALE_COALITIE",
    verwijzing: "VERWIJZING",
    binnengelopen: "ZELF_BINNENGELOPEN",
    zelfbinnengelopen: "ZELF_BINNENGELOPEN",
  };
  return shortcuts[n] ?? null;
}

const LIMITS = {
  name: 200,
  organisation: 200,
  sector: 100,
  address: 300,
  wijk: 100,
  leadSource: 100,
  kvkNumber: 20,
  contactName: 200,
  email: MAX_EMAIL_LENGTH,
  phone: 40,
} as const;
type Field = keyof typeof LIMITS;

export type ParsedLonglist = { rows: LonglistRow[]; errors: RowError[] };

/** Parse and check a longlist. Every problem is reported per line, in Dutch. */
export function parseLonglist(text: string): ParsedLonglist {
  let table: string[][];
  try {
    table = parseCsv(text, { maxColumns: CSV_LIMITS.maxColumns, maxFieldLength: CSV_LIMITS.maxFieldLength, maxRows: MAX_IMPORT_ROWS + 1 });
  } catch (e) {
    if (e instanceof CsvLimitError) return { rows: [], errors: [{ line: e.line, messages: [e.message] }] };
    throw e;
  }
  if (table.length === 0) return { rows: [], errors: [{ line: 1, messages: ["Het bestand is leeg."] }] };
  const header = table[0].map((h) => HEADER_ALIASES[key(h)]);
  const errors: RowError[] = [];
  if (!header.includes("name") || !header.includes("sector")) {
    return {
      rows: [],
      errors: [{ line: 1, messages: ["De eerste regel moet de kolomnamen bevatten, met minstens 'naam' en 'sector'."] }],
    };
  }
  // Columns are mapped ONCE (the first column with a known name wins), not looked up per row.
  const column = new Map<Field, number>();
  header.forEach((f, idx) => {
    if (f && f in LIMITS && !column.has(f as Field)) column.set(f as Field, idx);
  });

  const rows: LonglistRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < table.length; i++) {
    const cells = table[i]!;
    const line = i + 1;
    const messages: string[] = [];
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      messages.push("Deze regel heeft meer kolommen dan de kopregel.");
    }
    // Every field is trimmed and length-checked BEFORE any pattern looks at it; a field that is too
    // long is reported and not examined further.
    const values = {} as Record<Field, string | null>;
    for (const f of Object.keys(LIMITS) as Field[]) {
      const idx = column.get(f);
      const v = idx === undefined ? "" : (cells[idx] ?? "").trim();
      if (v.length > LIMITS[f]) {
        messages.push(`Het veld '${f}' is te lang (meer dan ${LIMITS[f]} tekens).`);
        values[f] = null;
      } else values[f] = v === "" ? null : v;
    }
    const get = (f: Field) => values[f];
    const name = get("name");
    if (!name) messages.push("De naam ontbreekt.");
    else if (!hasVisibleLetterOrDigit(name)) messages.push(INVISIBLE_NAME_MESSAGE);
    const organisationName = get("organisation");
    if (organisationName && !hasVisibleLetterOrDigit(organisationName)) messages.push(`De organisatie: ${INVISIBLE_NAME_MESSAGE}`);
    const sectorRaw = get("sector");
    const sector = sectorRaw ? findSector(sectorRaw) : null;
    if (!sectorRaw) messages.push("De sector ontbreekt.");
    else if (!sector) messages.push(`De sector '${sectorRaw}' kennen we niet. Kies een sector uit de lijst, of 'overig'.`);
    const sourceRaw = get("leadSource");
    const leadSource = sourceRaw ? findLeadSource(sourceRaw) : null;
    if (sourceRaw && !leadSource) messages.push(`De bron '${sourceRaw}' kennen we niet.`);
    const email = get("email");
    if (email && !isEmailAddress(email)) messages.push(`Het e-mailadres '${email}' klopt niet.`);
    const kvk = get("kvkNumber");
    if (kvk && !/^\d{8}$/.test(kvk)) messages.push("Het KvK-nummer moet uit 8 cijfers bestaan.");
    const address = get("address");
    const dupKey = `${key(name ?? "")}|${key(address ?? "")}`;
    if (name && seen.has(dupKey)) messages.push(`Deze vestiging staat al op regel ${seen.get(dupKey)}.`);
    else if (name) seen.set(dupKey, line);

    const contactName = get("contactName");
    if (!contactName && (email || get("phone"))) messages.push("Vul ook de naam van de contactpersoon in.");

    if (messages.length) {
      errors.push({ line, messages });
      continue;
    }
    rows.push({
      line,
      name: name!,
      organisation: get("organisation"),
      sector: sector!,
      address,
      wijk: get("wijk"),
      leadSource,
      kvkNumber: kvk,
      contact: contactName ? { name: contactName, email, phone: get("phone") } : null,
    });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 2, messages: ["Het bestand heeft geen regels onder de kopregel."] });
  return { rows, errors };
}

/** Key used to recognise a vestiging that is already in the register (name + address). */
export function duplicateKey(name: string, address: string | null): string {
  return `${key(name)}|${key(address ?? "")}`;
}
