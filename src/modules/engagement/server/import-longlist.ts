/**
 * Import a longlist from CSV: every row is checked first; if any row has an error nothing is
 * written and the error report lists each line. Otherwise all rows are written in ONE transaction.
 */
import { randomUUID } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { CSV_LIMITS, duplicateKey, parseLonglist, type RowError } from "../csv";
import { matrixScore } from "../matrix";
import { assertPrinciplesInInput } from "../principles";
import { suggestsSectorCross } from "../sectors";
import { assertCan } from "./access";

class ImportError extends AppError {
  readonly rows: RowError[];
  constructor(rows: RowError[]) {
    const n = rows.length;
    super(
      "IMPORT_INVALID",
      `Er is niets ingelezen: ${n === 1 ? "1 regel heeft" : `${n} regels hebben`} een fout. Verbeter het bestand en probeer het opnieuw.`,
      {
        status: 422,
        fieldErrors: Object.fromEntries(rows.map((r) => [`regel ${r.line}`, r.messages])),
      },
    );
    this.name = "ImportError";
    this.rows = rows;
  }
}

export async function importLonglist(ctx: TenantContext, csvText: unknown) {
  assertCan(ctx, "engagement:manage");
  if (typeof csvText !== "string") throw new ImportError([{ line: 1, messages: ["Kies een CSV-bestand."] }]);
  if (csvText.length > 5_000_000) throw new ImportError([{ line: 1, messages: ["Het bestand is te groot (meer dan 5 MB)."] }]);
  const header = csvText.split(/\r?\n/, 1)[0] ?? "";
  // A column like "exclusief" or "uitgelicht" is an attempt the principles refuse. Only the first
  // columns are looked at (parseLonglist refuses a wider header anyway).
  assertPrinciplesInInput(
    Object.fromEntries(header.split(/[;,\t]/, CSV_LIMITS.maxColumns + 1).map((h) => [h.trim().replace(/^"|"$/g, ""), true])),
  );
  const parsed = parseLonglist(csvText);
  if (parsed.errors.length) throw new ImportError(parsed.errors);

  return ctx.run(async (db) => {
    const existing = await db.vestiging.findMany({ select: { name: true, address: true } });
    const known = new Set(existing.map((v) => duplicateKey(v.name, v.address)));
    const dupErrors = parsed.rows
      .filter((r) => known.has(duplicateKey(r.name, r.address)))
      .map((r) => ({ line: r.line, messages: ["Deze vestiging staat al in het register (zelfde naam en adres)."] }));
    if (dupErrors.length) throw new ImportError(dupErrors);

    // Organisations: reuse national chains (by name) and known KvK numbers; create the rest.
    // Batched (createMany with ids made here) so 5,000 rows fit well inside one transaction.
    const chains = await db.organisation.findMany({ where: { nationalChain: true }, select: { id: true, name: true } });
    const chainByName = new Map(chains.map((c) => [c.name.toLowerCase(), c.id]));
    const kvks = [...new Set(parsed.rows.map((r) => r.kvkNumber).filter((k): k is string => !!k))];
    const byKvk = new Map(
      (kvks.length
        ? await db.organisation.findMany({ where: { kvkNumber: { in: kvks } }, select: { id: true, kvkNumber: true } })
        : []
      ).map((o) => [o.kvkNumber!, o.id]),
    );
    const newOrgs: { id: string; name: string; kvkNumber: string | null; nationalChain: boolean }[] = [];
    const orgByName = new Map<string, string>();
    const vestigingen = [];
    const contacts = [];
    for (const r of parsed.rows) {
      const nameKey = r.organisation?.toLowerCase();
      let organisationId =
        (r.kvkNumber && byKvk.get(r.kvkNumber)) || (nameKey && (chainByName.get(nameKey) ?? orgByName.get(nameKey))) || undefined;
      if (!organisationId) {
        organisationId = randomUUID();
        newOrgs.push({
          id: organisationId,
          name: r.organisation ?? r.name,
          kvkNumber: r.kvkNumber,
          nationalChain: r.leadSource === "NATIONALE_COALITIE" && !!r.organisation,
        });
        if (nameKey) orgByName.set(nameKey, organisationId);
        if (r.kvkNumber) byKvk.set(r.kvkNumber, organisationId);
      }
      const critSector = suggestsSectorCross(r.sector);
      const critWarmContact = r.leadSource === "WARM_CONTACT";
      const id = randomUUID();
      vestigingen.push({
        id,
        gemeenteId: ctx.gemeente.id,
        organisationId,
        name: r.name,
        sector: r.sector,
        address: r.address,
        wijk: r.wijk,
        leadSource: r.leadSource,
        critSector,
        critWarmContact,
        matrixScore: matrixScore({ critSector, critWarmContact }),
      });
      if (r.contact) {
        contacts.push({
          gemeenteId: ctx.gemeente.id,
          vestigingId: id,
          name: r.contact.name,
          email: r.contact.email,
          phone: r.contact.phone,
        });
      }
    }
    if (newOrgs.length) await db.organisation.createMany({ data: newOrgs });
    const created = (await db.vestiging.createMany({ data: vestigingen })).count;
    if (contacts.length) await db.contactPerson.createMany({ data: contacts });
    return { created };
  });
}
