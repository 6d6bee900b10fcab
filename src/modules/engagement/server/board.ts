/**
 * The pipeline board: per step the number of open relations (not parked, not stopped) and the first
 * cards of that step by name; the parked relations likewise. Bounded per column, so the board costs
 * the same for a gemeente with 50 relations as for one with 10,000 (issue 7), while every column
 * header still shows the true total and the page links to the full list for a step.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/context";
import type { PipelineStep } from "@/generated/prisma/enums";
import { STEP_ORDER } from "../labels";
import { assertCan } from "./access";

/** Cards per column (and parked cards) on the board. */
export const BOARD_COLUMN_SIZE = 25;

const CARD_SELECT = {
  id: true,
  name: true,
  step: true,
  acknowledgedAt: true,
  lastContactAt: true,
  parkedAt: true,
  _count: { select: { doubts: { where: { status: "OPEN" } } } },
} satisfies Prisma.VestigingSelect;

type CardRow = Prisma.VestigingGetPayload<{ select: typeof CARD_SELECT }>;
const card = ({ _count, ...v }: CardRow) => ({ ...v, openDoubts: _count.doubts });
export type BoardCard = ReturnType<typeof card>;
export type BoardColumn = { step: PipelineStep; total: number; items: BoardCard[] };

const BY_NAME: Prisma.VestigingOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];

export async function pipelineBoard(ctx: TenantContext, perColumn = BOARD_COLUMN_SIZE): Promise<{ columns: BoardColumn[]; parked: { total: number; items: BoardCard[] } }> {
  assertCan(ctx, "engagement:read");
  const take = Math.max(1, Math.min(200, Math.trunc(perColumn)));
  return ctx.run(async (db) => {
    // Sequential: one transaction is one connection. The counts are index-only (gemeenteId, stoppedAt, parkedAt, step).
    const counts = await db.vestiging.groupBy({ by: ["step"], where: { parkedAt: null, stoppedAt: null }, _count: { _all: true } });
    const columns: BoardColumn[] = [];
    for (const step of STEP_ORDER) {
      const total = counts.find((c) => c.step === step)?._count._all ?? 0;
      const items = total === 0 ? [] : await db.vestiging.findMany({ where: { step, parkedAt: null, stoppedAt: null }, orderBy: BY_NAME, take, select: CARD_SELECT });
      columns.push({ step, total, items: items.map(card) });
    }
    const parkedWhere: Prisma.VestigingWhereInput = { parkedAt: { not: null }, stoppedAt: null };
    const parkedTotal = await db.vestiging.count({ where: parkedWhere });
    const parked = parkedTotal === 0 ? [] : await db.vestiging.findMany({ where: parkedWhere, orderBy: BY_NAME, take, select: CARD_SELECT });
    return { columns, parked: { total: parkedTotal, items: parked.map(card) } };
  });
}
