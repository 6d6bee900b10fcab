/**
 * The rows of the /landelijk table as HTML, made once per refresh of the precomputed figures
 * (docs/decisions/0020) instead of by React on every request. Kept per process, keyed by the refresh
 * time in PostgreSQL, so every process shows the same refresh. Every text is escaped (escapeHtml);
 * the figures are numbers.
 *
 * The page shows them in pages of NATIONAL_PAGE_SIZE on alphabet, with a letter index and a search
 * on name (issue 20): all 342 gemeenten in one answer were 409 kB, most of the page's time.
 */
import type { Actor } from "@/lib/auth/context";
import { requirePlatform } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { compareByNameKey, foldForSearch, letterPages } from "@/lib/names";
import { escapeHtml } from "@/lib/text/html";
import { formatCount, formatFigure, nationalFigures, type NationalRow } from "./national-aggregates";

export const NATIONAL_PAGE_SIZE = 50;
/** Longest search text; a longer one is cut (the field allows no more). */
export const NATIONAL_SEARCH_MAX = 100;

type TableRow = { key: string; name: string; folded: string; html: string };
export type NationalTable = { refreshedAt: Date; gemeenten: number; inhabitants: number; rows: TableRow[] };
export type NationalTablePage = {
  refreshedAt: Date;
  /** All gemeenten in the figures, and their inhabitants together. */
  gemeenten: number;
  inhabitants: number;
  /** The rows of this page as HTML (escaped). */
  bodyHtml: string;
  /** Gemeenten that match the search (all when there is none). */
  matching: number;
  page: number;
  pages: number;
  /** Number of the first and last gemeente on this page (1-based; 0 when none match). */
  from: number;
  to: number;
  zoek: string | null;
  /** Each first letter (A–Z, or # for anything else) and the page it starts on. */
  letters: { letter: string; page: number }[];
};

const date = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "UTC" });
/**
 * One <tr> per gemeente. The cells carry no classes: `.national-rows` in globals.css styles them once
 * (the same classes on 500 cells were a third of the answer, sent twice: HTML and React's payload).
 */
function rowHtml(r: NationalRow): string {
  const { voorbereiden, verbinden, verleiden, vasthouden, versterken } = r.steps;
  const nums = [
    ...[r.partners, voorbereiden, verbinden, verleiden, vasthouden, versterken].map(formatCount),
    formatFigure(r.signalsPer10000),
    formatFigure(r.medianPickupHours),
  ];
  return (
    `<tr><th scope="row">${escapeHtml(r.name)}</th>` +
    `<td>${escapeHtml(date.format(new Date(r.joinedSince)))}</td>` +
    nums.map((n) => `<td>${escapeHtml(n)}</td>`).join("") +
    "</tr>"
  );
}

/** The alphabet key: the name without leading punctuation ("'s-Hertogenbosch" under S). */
const sortKey = (name: string) => name.replace(/^[^\p{L}\p{N}]+/u, "");

let memo: NationalTable | null = null;

/** The table of the last refresh: one small query per request, the rows only after a new refresh. */
export async function nationalTable(actor: Actor): Promise<NationalTable> {
  requirePlatform(actor, "national:read");
  const [last] = await platformDb().$queryRaw<{ refreshedAt: Date }[]>`SELECT "refreshedAt" FROM "NationalFigureRefresh" WHERE id = 1`;
  if (memo && last && memo.refreshedAt.getTime() === last.refreshedAt.getTime()) return memo;
  const { rows, refreshedAt } = await nationalFigures(actor);
  const table: NationalTable = {
    refreshedAt,
    gemeenten: rows.length,
    inhabitants: rows.reduce((sum, r) => sum + r.inhabitants, 0),
    rows: rows.map((r) => ({ key: sortKey(r.name), name: r.name, folded: foldForSearch(r.name), html: rowHtml(r) })).sort(compareByNameKey),
  };
  memo = table;
  return table;
}

/** One page of the table (page past the end: the last page), optionally only the names that contain `zoek`. */
export async function nationalTablePage(actor: Actor, q: { page?: number; zoek?: string | null }): Promise<NationalTablePage> {
  const table = await nationalTable(actor);
  const zoek = q.zoek?.trim().slice(0, NATIONAL_SEARCH_MAX) || null;
  const needle = zoek ? foldForSearch(zoek) : null;
  const matching = needle ? table.rows.filter((r) => r.folded.includes(needle)) : table.rows;
  const pages = Math.max(1, Math.ceil(matching.length / NATIONAL_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.floor(q.page ?? 1)));
  const start = (page - 1) * NATIONAL_PAGE_SIZE;
  const slice = matching.slice(start, start + NATIONAL_PAGE_SIZE);
  return {
    refreshedAt: table.refreshedAt,
    gemeenten: table.gemeenten,
    inhabitants: table.inhabitants,
    bodyHtml: slice.map((r) => r.html).join(""),
    matching: matching.length,
    page,
    pages,
    from: slice.length ? start + 1 : 0,
    to: slice.length ? start + slice.length : 0,
    zoek,
    letters: letterPages(
      matching.map((r) => r.key),
      NATIONAL_PAGE_SIZE,
    ),
  };
}
