/**
 * The pipeline board: per step the number of open relations (not parked, not stopped) and the first
 * cards of that step by name; the parked relations likewise. Bounded per column, so the board costs
 * the same for a gemeente with 50 relations as for one with 10,000 (issue 7), while every column
 * header still shows the true total and the page links to the full list for a step.
 */
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/context";
import type { PipelineStep } from "@/generated/prisma/enums";
import { STEP_ORDER } from "../labels";
import { assertCan } from "./access";

/** Cards per column (and parked cards) on the board. */
export const BOARD_COLUMN_SIZE = 25;

type CardRow = {
  col: string;
  id: string;
  name: string;
  step: PipelineStep;
  acknowledgedAt: Date | null;
  lastContactAt: Date | null;
  parkedAt: Date | null;
  openDoubts: number;
};
const card = (r: CardRow): BoardCardRow => ({
  id: r.id,
  name: r.name,
  step: r.step,
  acknowledgedAt: r.acknowledgedAt,
  lastContactAt: r.lastContactAt,
  parkedAt: r.parkedAt,
  openDoubts: r.openDoubts,
});
type BoardCardRow = Omit<CardRow, "col">;
export type BoardCard = ReturnType<typeof card>;
export type BoardColumn = { step: PipelineStep; total: number; items: BoardCard[] };

const PARKED = "PARKED";

/** One column's first cards by name (the index (gemeenteId, step, name) serves it without sorting the step). */
function columnSql(g: string, col: string, k: number, take: number): Prisma.Sql {
  const where =
    col === PARKED ? Prisma.sql`v."parkedAt" IS NOT NULL` : Prisma.sql`v."parkedAt" IS NULL AND v.step = ${col}::"PipelineStep"`;
  return Prisma.sql`(SELECT ${k}::int AS k, ${col} AS col, v.id, v.name, v.step::text AS step, v."acknowledgedAt", v."lastContactAt", v."parkedAt",
      (SELECT count(*)::int FROM "Doubt" d WHERE d."gemeenteId" = ${g} AND d."vestigingId" = v.id AND d.status = 'OPEN') AS "openDoubts"
    FROM "Vestiging" v WHERE v."gemeenteId" = ${g} AND v."stoppedAt" IS NULL AND ${where}
    ORDER BY v.name, v.id LIMIT ${take})`;
}

export async function pipelineBoard(
  ctx: TenantContext,
  perColumn = BOARD_COLUMN_SIZE,
): Promise<{ columns: BoardColumn[]; parked: { total: number; items: BoardCard[] } }> {
  assertCan(ctx, "engagement:read");
  const take = Math.max(1, Math.min(200, Math.trunc(perColumn)));
  const g = ctx.gemeente.id;
  return ctx.run(async (db) => {
    // Two statements instead of one per column: the totals (index-only on (gemeenteId, stoppedAt,
    // parkedAt, step)), then every column's first cards in one UNION ALL. Row-level security applies
    // (tenant transaction) and every part filters on the gemeente as well.
    const counts = await db.$queryRaw<{ col: string; n: number }[]>`
      SELECT CASE WHEN "parkedAt" IS NULL THEN step::text ELSE ${PARKED} END AS col, count(*)::int AS n
      FROM "Vestiging" WHERE "gemeenteId" = ${g} AND "stoppedAt" IS NULL GROUP BY 1`;
    const total = (col: string) => counts.find((c) => c.col === col)?.n ?? 0;
    const wanted = [...STEP_ORDER, PARKED].filter((col) => total(col) > 0);
    const parts = Prisma.join(
      wanted.map((col, k) => columnSql(g, col, k, take)),
      " UNION ALL ",
    );
    // UNION ALL keeps no order by itself: sort again (≤ 6 × take rows) by column, then as each column did.
    const rows =
      wanted.length === 0 ? [] : await db.$queryRaw<(CardRow & { k: number })[]>`SELECT * FROM (${parts}) AS cards ORDER BY k, name, id`;
    const itemsOf = (col: string) => rows.filter((r) => r.col === col).map(card);
    return {
      columns: STEP_ORDER.map((step) => ({ step, total: total(step), items: itemsOf(step) })),
      parked: { total: total(PARKED), items: itemsOf(PARKED) },
    };
  });
}
