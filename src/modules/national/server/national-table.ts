/**
 * The rows of the /landelijk table as HTML, made once per refresh of the precomputed figures
 * (docs/decisions/0020) instead of by React on every request: 342 gemeenten × 10 cells is most of
 * the page's rendering time. Kept per process, keyed by the refresh time in PostgreSQL, so every
 * process shows the same refresh. Every text is escaped (escapeHtml); the figures are numbers.
 */
import type { Actor } from "@/lib/auth/context";
import { requirePlatform } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { escapeHtml } from "@/lib/text/html";
import { formatCount, formatFigure, nationalFigures, type NationalRow } from "./national-aggregates";

export type NationalTable = { refreshedAt: Date; gemeenten: number; inhabitants: number; bodyHtml: string };

const date = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeZone: "UTC" });
const CELL = "py-2 pr-4";
const NUM = "py-2 pr-4 text-right";

/** One <tr> per gemeente, the same markup and texts the page had as JSX. */
function nationalRowsHtml(rows: NationalRow[]): string {
  return rows
    .map((r) => {
      const { voorbereiden, verbinden, verleiden, vasthouden, versterken } = r.steps;
      const nums = [
        ...[r.partners, voorbereiden, verbinden, verleiden, vasthouden, versterken].map(formatCount),
        formatFigure(r.signalsPer10000),
        formatFigure(r.medianPickupHours),
      ];
      return (
        `<tr class="border-b border-line"><th scope="row" class="${CELL} font-semibold">${escapeHtml(r.name)}</th>` +
        `<td class="${CELL}">${escapeHtml(date.format(new Date(r.joinedSince)))}</td>` +
        nums.map((n) => `<td class="${NUM}">${escapeHtml(n)}</td>`).join("") +
        "</tr>"
      );
    })
    .join("");
}

let memo: NationalTable | null = null;

/** The table of the last refresh: one small query per request, the rows only after a new refresh. */
export async function nationalTable(actor: Actor): Promise<NationalTable> {
  requirePlatform(actor, "national:read");
  const [last] = await platformDb().$queryRaw<{ refreshedAt: Date }[]>`SELECT "refreshedAt" FROM "NationalFigureRefresh" WHERE id = 1`;
  if (memo && last && memo.refreshedAt.getTime() === last.refreshedAt.getTime()) return memo;
  const { rows, refreshedAt } = await nationalFigures(actor);
  const table = {
    refreshedAt,
    gemeenten: rows.length,
    inhabitants: rows.reduce((sum, r) => sum + r.inhabitants, 0),
    bodyHtml: nationalRowsHtml(rows),
  };
  memo = table;
  return table;
}
