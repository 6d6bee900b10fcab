/** The pipeline board at scale: bounded cards per column, true totals, parked apart. Real PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { pipelineBoard } from "@/modules/engagement/server/board";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";

let g: Gem;
let other: Gem;
let amb: TenantContext;

/** n vestigingen named `${prefix} 000…` in one step, set-based. */
async function addMany(gem: Gem, n: number, step: string, prefix: string, extra = "") {
  await ownerQuery(
    `WITH o AS (INSERT INTO "Organisation"(id, name, "updatedAt") SELECT gen_random_uuid()::text, $3 || ' ' || lpad(i::text, 4, '0'), now() FROM generate_series(1, $2) i RETURNING id, name)
     INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, step, "updatedAt" ${extra ? `, ${extra}` : ""})
     SELECT gen_random_uuid()::text, $1, o.id, o.name, 'bakker', $4::"PipelineStep", now() ${extra ? ", now()" : ""} FROM o`,
    [gem.id, n, prefix, step],
  );
}

beforeAll(async () => {
  g = await createGemeente({ name: "Bordstad" });
  other = await createGemeente({ name: "Andere Bordstad" });
  amb = await contextFor(g, "AMBTENAAR");
  await addMany(g, 30, "VERLEIDEN", "Verleider");
  await addMany(g, 3, "VERBINDEN", "Verbinder");
  await addMany(g, 2, "VERBINDEN", "Gestopt", `"stoppedAt"`);
  await addMany(g, 4, "VERLEIDEN", "Geparkeerd", `"parkedAt"`);
  await addMany(other, 40, "VERBINDEN", "Elders");
});
afterAll(closeOwnerDb);

describe("pipeline board", () => {
  it("shows at most the column size per step, first by name, with the true total of open relations", async () => {
    const board = await pipelineBoard(amb, 10);
    const col = (s: string) => board.columns.find((c) => c.step === s)!;
    expect(board.columns.map((c) => c.step)).toEqual(["VOORBEREIDEN", "VERBINDEN", "VERLEIDEN", "VASTHOUDEN", "VERSTERKEN"]);
    expect(col("VERLEIDEN").total).toBe(30);
    expect(col("VERLEIDEN").items.map((v) => v.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Verleider ${String(i + 1).padStart(4, "0")}`),
    );
    // Stopped relations are not on the board; other gemeenten's never.
    expect(col("VERBINDEN").total).toBe(3);
    expect(col("VERBINDEN").items.map((v) => v.name)).toEqual(["Verbinder 0001", "Verbinder 0002", "Verbinder 0003"]);
    expect(col("VOORBEREIDEN")).toEqual({ step: "VOORBEREIDEN", total: 0, items: [] });
  });

  it("keeps parked relations apart, bounded too", async () => {
    const board = await pipelineBoard(amb, 3);
    expect(board.parked.total).toBe(4);
    expect(board.parked.items.map((v) => v.name)).toEqual(["Geparkeerd 0001", "Geparkeerd 0002", "Geparkeerd 0003"]);
    expect(board.columns.find((c) => c.step === "VERLEIDEN")!.total).toBe(30);
  });

  it("gives each card its fields, open doubts counted (closed ones not), and another gemeente's doubts never", async () => {
    const [v] = (await ownerQuery(`SELECT id FROM "Vestiging" WHERE "gemeenteId" = $1 AND name = 'Verleider 0001'`, [g.id])).rows as {
      id: string;
    }[];
    await ownerQuery(
      `INSERT INTO "Doubt"(id, "gemeenteId", "vestigingId", reason, status) VALUES
         (gen_random_uuid()::text, $1, $2, 'twijfel 1', 'OPEN'), (gen_random_uuid()::text, $1, $2, 'twijfel 2', 'OPEN'),
         (gen_random_uuid()::text, $1, $2, 'opgelost', 'CLOSED')`,
      [g.id, v!.id],
    );
    await ownerQuery(
      `UPDATE "Vestiging" SET "acknowledgedAt" = '2026-01-02T03:04:05Z', "lastContactAt" = '2026-02-03T04:05:06Z' WHERE id = $1`,
      [v!.id],
    );
    const board = await pipelineBoard(amb, 2);
    const [first, second] = board.columns.find((c) => c.step === "VERLEIDEN")!.items;
    expect(first).toEqual({
      id: v!.id,
      name: "Verleider 0001",
      step: "VERLEIDEN",
      parkedAt: null,
      openDoubts: 2,
      acknowledgedAt: new Date("2026-01-02T03:04:05Z"),
      lastContactAt: new Date("2026-02-03T04:05:06Z"),
    });
    expect(second).toMatchObject({ name: "Verleider 0002", openDoubts: 0, acknowledgedAt: null });
    expect(board.parked.items.every((c) => c.parkedAt instanceof Date)).toBe(true);
    const elsewhere = await pipelineBoard(await contextFor(other, "AMBTENAAR"), 50);
    expect(
      elsewhere.columns
        .flatMap((c) => c.items)
        .map((c) => c.name)
        .every((n) => n.startsWith("Elders")),
    ).toBe(true);
    expect(elsewhere.columns.find((c) => c.step === "VERBINDEN")!.total).toBe(40);
  });

  it("needs engagement:read", async () => {
    expect(await codeOf(pipelineBoard(await contextFor(g, "LOKET")))).toBe("FORBIDDEN");
  });
});
