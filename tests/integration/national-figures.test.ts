/**
 * National figures precomputed (issue 20, docs/decisions/0020): the job refills "NationalFigure"
 * from national_aggregates(); /landelijk reads that table with the time of the refresh. The figures
 * equal the live computation, stay as they were until the next refresh, and the under-five
 * suppression holds in the table (NULL, and a CHECK) as in the function. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { JOBS } from "@/server/jobs";
import { refreshNationalFiguresJob } from "@/modules/national/jobs/refresh-figures";
import { nationalAggregates, nationalFigures } from "@/modules/national/server/national-aggregates";
import { NATIONAL_PAGE_SIZE, NATIONAL_SEARCH_MAX, nationalTable, nationalTablePage } from "@/modules/national/server/national-table";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { escapeHtml } from "@/lib/text/html";
import { indexLetter } from "@/lib/names";

let big: Awaited<ReturnType<typeof createGemeente>>;
let small: Awaited<ReturnType<typeof createGemeente>>;
let adviser: Actor;

async function vestigingen(gemeenteId: string, n: number, prefix: string) {
  const org = await ownerDb().organisation.create({ data: { name: `${prefix} bv` } });
  for (let i = 0; i < n; i++)
    await ownerDb().vestiging.create({
      data: { gemeenteId, organisationId: org.id, name: `${prefix} ${i}`, sector: "bakker", step: "VERBINDEN" },
    });
}

const runJob = () => refreshNationalFiguresJob.handler({}, { id: "t", name: refreshNationalFiguresJob.name, retryCount: 0, retryLimit: 1 });

beforeAll(async () => {
  big = await createGemeente({ name: "Cijferstad" });
  small = await createGemeente({ name: "Cijferdorp" });
  await vestigingen(big.id, 6, "Winkel Groot");
  await vestigingen(small.id, 3, "Winkel Klein");
  const user = await createUser({ platformRole: "PROGRAMME_ADVISER" });
  adviser = { kind: "user", userId: user.id, platformRole: "PROGRAMME_ADVISER", memberships: [] };
});
afterAll(closeOwnerDb);

describe("national figures, precomputed", () => {
  it("the first read computes them when no refresh ever ran, and says when", async () => {
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "NationalFigureRefresh"`)).rows[0].n).toBe(0);
    const before = Date.now();
    const { rows, refreshedAt } = await nationalFigures(adviser);
    expect(refreshedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(rows).toEqual(await nationalAggregates(adviser));
  });

  it("the job refreshes: new data shows only after it ran, and then equals the live query", async () => {
    await runJob();
    const first = await nationalFigures(adviser);
    expect(first.rows.find((r) => r.slug === big.slug)!.steps.verbinden).toBe(6);
    await vestigingen(big.id, 2, "Winkel Later");
    expect((await nationalAggregates(adviser)).find((r) => r.slug === big.slug)!.steps.verbinden).toBe(8);
    const stale = await nationalFigures(adviser);
    expect(stale.rows.find((r) => r.slug === big.slug)!.steps.verbinden).toBe(6);
    expect(stale.refreshedAt).toEqual(first.refreshedAt);

    await runJob();
    const fresh = await nationalFigures(adviser);
    expect(fresh.refreshedAt.getTime()).toBeGreaterThan(first.refreshedAt.getTime());
    expect(fresh.rows).toEqual(await nationalAggregates(adviser));
    expect(fresh.rows.find((r) => r.slug === big.slug)!.steps.verbinden).toBe(8);
  });

  it("counts under five stay suppressed in the table itself", async () => {
    await runJob();
    const { rows } = await nationalFigures(adviser);
    expect(rows.find((r) => r.slug === small.slug)!.steps.verbinden).toBeNull();
    const raw = await ownerQuery<{ verbinden: number | null }>(`SELECT verbinden FROM "NationalFigure" WHERE slug = $1`, [small.slug]);
    expect(raw.rows[0].verbinden).toBeNull();
    for (const r of (await ownerQuery(`SELECT * FROM "NationalFigure"`)).rows) {
      for (const k of ["partners", "voorbereiden", "verbinden", "verleiden", "vasthouden", "versterken"])
        expect(r[k] === null || r[k] >= 5).toBe(true);
    }
    await expect(ownerQuery(`UPDATE "NationalFigure" SET verbinden = 3 WHERE slug = $1`, [small.slug])).rejects.toThrow(
      /NationalFigure_suppressed/,
    );
  });

  it("the app role can read and refresh, never write the figures itself", async () => {
    await expect(platformDb().$executeRaw`UPDATE "NationalFigure" SET verbinden = 100`).rejects.toThrow(/permission denied/);
    await expect(platformDb().$executeRaw`DELETE FROM "NationalFigureRefresh"`).rejects.toThrow(/permission denied/);
  });

  it("only the programme adviser (national:read) reads them", async () => {
    await expect(nationalFigures(await actorWithRole(big, "REGISSEUR"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(nationalFigures({ kind: "anonymous" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("the page's table is made once per refresh, escaped, and follows the next refresh", async () => {
    const odd = await createGemeente({ name: `Oud & <b>Nieuw</b>` });
    await runJob();
    const first = await nationalTable(adviser);
    const found = await nationalTablePage(adviser, { zoek: "oud & <b>" });
    expect(found.bodyHtml).toContain("Oud &amp; &lt;b&gt;Nieuw&lt;/b&gt;");
    expect(found.bodyHtml).not.toContain("<b>");
    // Markup the CSP would block never appears in it (tests/unit/csp-inline-style.test.ts allows this one use).
    expect(found.bodyHtml).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i);
    expect(first.gemeenten).toBe((await nationalFigures(adviser)).rows.length);
    expect(await nationalTable(adviser)).toBe(first); // same refresh: not made again
    await vestigingen(odd.id, 5, "Winkel Oud");
    await runJob();
    const next = await nationalTable(adviser);
    expect(next.refreshedAt.getTime()).toBeGreaterThan(first.refreshedAt.getTime());
    expect(next).not.toBe(first);
    expect((await nationalTablePage(adviser, { zoek: "oud & <b>" })).bodyHtml).not.toBe(found.bodyHtml);
  });

  it("the page shows the gemeenten in pages of 50 on alphabet, with a letter index and a search that ignores accents", async () => {
    await createGemeente({ name: `'s-Zuidstad ${Date.now()}` });
    await createGemeente({ name: `Súdwest Proef ${Date.now()}` });
    await runJob();
    const all = (await nationalTable(adviser)).rows.map((r) => r.name);
    const pages = Math.ceil(all.length / NATIONAL_PAGE_SIZE);
    const first = await nationalTablePage(adviser, {});
    expect(first).toMatchObject({ page: 1, pages, from: 1, matching: all.length, zoek: null });
    expect(first.to).toBe(Math.min(NATIONAL_PAGE_SIZE, all.length));
    expect(first.bodyHtml.match(/<tr>/g)).toHaveLength(first.to);
    // On alphabet, leading punctuation ignored: "'s-Zuidstad" files under S, not before A.
    const rows = (await nationalTable(adviser)).rows;
    expect(indexLetter(rows.find((r) => r.name.startsWith("'s-Zuidstad"))!.key)).toBe("S");
    expect(rows.findIndex((r) => r.name.startsWith("'s-Zuidstad"))).toBeGreaterThan(rows.findIndex((r) => r.name === "Cijferstad"));
    // The letter index points at the page with the first name under that letter.
    const firstS = all.find((n) => /^s/i.test(n.replace(/^[^\p{L}\p{N}]+/u, "").normalize("NFD")))!;
    const sPage = first.letters.find((l) => l.letter === "S")!.page;
    expect((await nationalTablePage(adviser, { page: sPage })).bodyHtml).toContain(escapeHtml(firstS));
    // Past the end: the last page; nonsense page numbers: page 1.
    expect((await nationalTablePage(adviser, { page: 99_999 })).page).toBe(pages);
    expect((await nationalTablePage(adviser, { page: -3 })).page).toBe(1);
    // Search without accents and case; a search that finds nothing has no rows.
    const sud = await nationalTablePage(adviser, { zoek: "  SUDWEST proef " });
    expect(sud.zoek).toBe("SUDWEST proef");
    expect(sud.bodyHtml).toContain("Súdwest Proef");
    expect(sud.matching).toBeGreaterThanOrEqual(1);
    const none = await nationalTablePage(adviser, { zoek: "bestaat-niet-xyz" });
    expect(none).toMatchObject({ matching: 0, from: 0, to: 0, bodyHtml: "", page: 1, pages: 1 });
    expect((await nationalTablePage(adviser, { zoek: "x".repeat(500) })).zoek).toHaveLength(NATIONAL_SEARCH_MAX);
    await expect(nationalTablePage(await actorWithRole(big, "REGISSEUR"), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the job is registered and scheduled every ten minutes", () => {
    expect(JOBS.map((j) => j.name)).toContain("national.refresh-figures");
    expect(refreshNationalFiguresJob.options.schedule?.cron).toBe("*/10 * * * *");
  });
});
