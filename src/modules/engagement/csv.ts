/**
 * Longlist import: CSV parsing and per-row validation (pure). Writing happens in
 * ./server/import-longlist.ts, in one transaction, only when every row is valid.
 */
import { hasVisibleLetterOrDigit, INVISIBLE_NAME_MESSAGE } from "@/lib/names";
import type { LeadSource } from "@/generated/prisma/enums";
import { LEAD_SOURCE_LABELS } from "./labels";
import { findSector, type SectorKey } from "./sectors";

export const MAX_IMPORT_ROWS = 5000;

/** RFC 4180-style parser: quotes, doubled quotes, CRLF, a BOM; the delimiter (; , or tab) is detected. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ";";

  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

export type LonglistRow = {
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

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LIMITS = { name: 200, organisation: 200, address: 300, wijk: 100, contactName: 200, phone: 40 } as const;

export type ParsedLonglist = { rows: LonglistRow[]; errors: RowError[] };

/** Parse and check a longlist. Every problem is reported per line, in Dutch. */
export function parseLonglist(text: string): ParsedLonglist {
  const table = parseCsv(text);
  if (table.length === 0) return { rows: [], errors: [{ line: 1, messages: ["Het bestand is leeg."] }] };
  const header = table[0].map((h) => HEADER_ALIASES[key(h)]);
  const errors: RowError[] = [];
  if (!header.includes("name") || !header.includes("sector")) {
    return {
      rows: [],
      errors: [{ line: 1, messages: ["De eerste regel moet de kolomnamen bevatten, met minstens 'naam' en 'sector'."] }],
    };
  }
  if (table.length - 1 > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ line: 1, messages: [`Het bestand heeft meer dan ${MAX_IMPORT_ROWS} regels. Splits het op.`] }] };
  }

  const rows: LonglistRow[] = [];
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const messages: string[] = [];
    const get = (field: string) => {
      const idx = header.indexOf(field as never);
      const v = idx >= 0 ? (cells[idx] ?? "").trim() : "";
      return v === "" ? null : v;
    };
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      messages.push("Deze regel heeft meer kolommen dan de kopregel.");
    }
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
    if (email && !EMAIL_RE.test(email)) messages.push(`Het e-mailadres '${email}' klopt niet.`);
    const kvk = get("kvkNumber");
    if (kvk && !/^\d{8}$/.test(kvk)) messages.push("Het KvK-nummer moet uit 8 cijfers bestaan.");
    for (const [f, max] of Object.entries(LIMITS)) {
      const v = get(f);
      if (v && v.length > max) messages.push(`Het veld '${f}' is te lang (meer dan ${max} tekens).`);
    }
    const address = get("address");
    const dupKey = `${key(name ?? "")}|${key(address ?? "")}`;
    if (name && seen.has(dupKey)) messages.push(`Deze vestiging staat al op regel ${seen.get(dupKey)}.`);
    else if (name) seen.set(dupKey, line);

    const contactName = get("contactName");
    if (!contactName && (email || get("phone"))) messages.push("Vul ook de naam van de contactpersoon in.");

    if (messages.length) {
      errors.push({ line, messages });
      return;
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
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 2, messages: ["Het bestand heeft geen regels onder de kopregel."] });
  return { rows, errors };
}

/** Key used to recognise a vestiging that is already in the register (name + address). */
export function duplicateKey(name: string, address: string | null): string {
  return `${key(name)}|${key(address ?? "")}`;
}
