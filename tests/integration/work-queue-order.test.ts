/**
 * Issue 20: a closed signal has nothing due (CHECK Signal_closed_nothing_due_check). The work queue (listSignals:
 * the page and GET /api/v1/…/signalen) lists open signals by due date on ("gemeenteId", "dueAt", id), NULLS LAST;
 * a due date left on closed signals made PostgreSQL read them first and drop them (49,410 rows for 51 in the
 * national data set). The database refuses such a row from any path. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let gemeenteId: string;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  await ownerQuery(
    `INSERT INTO "Signal"(id, "gemeenteId", status, source, "dueAt", "updatedAt")
     SELECT gen_random_uuid()::text, $1, 'ONTVANGEN', 'PARTNER', now() + i * interval '1 day', now() FROM generate_series(1, 3) i`,
    [gemeenteId],
  );
});
afterAll(closeOwnerDb);

describe("closed signals have nothing due", () => {
  it("the database refuses a closed or cancelled signal with a due date, on insert and on update", async () => {
    for (const status of ["AFGESLOTEN", "GEANNULEERD"])
      await expect(
        ownerQuery(
          `INSERT INTO "Signal"(id, "gemeenteId", status, source, "dueAt", "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 'PARTNER', now(), now())`,
          [gemeenteId, status],
        ),
      ).rejects.toMatchObject({ code: "23514", constraint: "Signal_closed_nothing_due_check" });
    const open = await ownerQuery<{ id: string }>(`SELECT id FROM "Signal" WHERE "gemeenteId" = $1 AND status = 'ONTVANGEN' LIMIT 1`, [
      gemeenteId,
    ]);
    await expect(ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN' WHERE id = $1`, [open.rows[0]!.id])).rejects.toMatchObject({
      constraint: "Signal_closed_nothing_due_check",
    });
    // Closing with the due date cleared, as the app's transition does (flow.ts dueAtFor), is fine.
    await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() WHERE id = $1`, [open.rows[0]!.id]);
  });
});
