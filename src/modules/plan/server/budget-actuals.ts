import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, parseInput } from "@/lib/result";
import { BUDGET_LINES, type ActualEntry, type BudgetLine } from "../budget";
import { euroToCents, ZBudgetActualInput } from "../schemas";
import { recordAudit } from "@/lib/audit/record";

const MAX_CENTS = 100_000_000_00; // € 100 million: anything above is a typing error

/** The actual amounts entered for the context's gemeente. Permission dashboard:read. */
export async function listBudgetActuals(ctx: TenantContext): Promise<(ActualEntry & { note: string | null })[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.budgetActual.findMany({
      select: { year: true, line: true, amountCents: true, note: true },
      orderBy: [{ year: "asc" }, { line: "asc" }],
    }),
  );
  return rows.filter((r) => (BUDGET_LINES as readonly string[]).includes(r.line)).map((r) => ({ ...r, line: r.line as BudgetLine }));
}

/** Enter (or correct) the actual amount of one budget line in one year. Permission coalition:manage. */
export async function setBudgetActual(ctx: TenantContext, input: unknown): Promise<ActualEntry> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZBudgetActualInput, input);
  const amountCents = euroToCents(data.amount);
  if (amountCents > MAX_CENTS) {
    const message = "Dit bedrag is te hoog. Controleer het bedrag.";
    throw new AppError("VALIDATION", message, { fieldErrors: { amount: [message] } });
  }
  return ctx.run(async (db) => {
    const row = await db.budgetActual.upsert({
      where: { gemeenteId_year_line: { gemeenteId: ctx.gemeente.id, year: data.year, line: data.line } },
      create: { gemeenteId: ctx.gemeente.id, year: data.year, line: data.line, amountCents, note: data.note || null },
      update: { amountCents, note: data.note || null },
      select: { id: true, year: true, line: true, amountCents: true },
    });
    await recordAudit(db, ctx, { action: "budget.actual.set", entity: "BudgetActual", entityId: row.id });
    return { year: row.year, line: row.line as BudgetLine, amountCents: row.amountCents };
  });
}
