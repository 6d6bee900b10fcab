/**
 * PRINCIPLE_TRANSPARENCY + PRINCIPLE_EQUAL_TREATMENT: the public partner register of a gemeente.
 * Every active collaboration (vasthouden/versterken, acknowledged, not stopped or parked, no open
 * twijfel) with organisation, what they do and since when. Nothing personal; the same fields for
 * everyone; alphabetical order only. Works for a public (anonymous) context.
 */
import type { TenantContext } from "@/lib/auth/context";
import { compareByNameKey, foldForSearch as fold, letterPages } from "@/lib/names";
import { CONTRIBUTION_LABELS } from "../labels";
import { ZExposureQuery, ZPublicRegisterPageQuery } from "../schemas";
import { SECTOR_LABELS, sectorLabel, type SectorKey } from "../sectors";
import { parseEngagementInput } from "./access";
import { ACTIVE_COLLABORATION_WHERE } from "./vasthouden";

export type PublicRegisterEntry = {
  name: string;
  organisation: string;
  sector: string;
  whatTheyDo: string | null;
  contributions: string[];
  since: string;
};

/**
 * The words an entry names its sector and contributions in: Dutch, the API's (a documented contract), unless a page
 * gives the reader's (`t.labels.sector`, `t.labels.contribution`). Chosen by key, so nothing is translated back.
 */
export type RegisterWords = {
  sector: Readonly<Record<SectorKey, string>>;
  contribution: Readonly<Record<keyof typeof CONTRIBUTION_LABELS, string>>;
};
const DUTCH: RegisterWords = { sector: SECTOR_LABELS, contribution: CONTRIBUTION_LABELS };

export async function publicRegister(
  ctx: TenantContext,
  input: unknown = {},
  words: RegisterWords = DUTCH,
): Promise<PublicRegisterEntry[]> {
  parseEngagementInput(ZExposureQuery, input, { exposure: true });
  const rows = await ctx.run((db) =>
    db.vestiging.findMany({
      where: ACTIVE_COLLABORATION_WHERE,
      select: { ...ENTRY_SELECT, sortName: true },
    }),
  );
  return rows
    .map((v) => ({ key: v.sortName, entry: toEntry(v, words) }))
    .sort(
      (a, b) =>
        compareByNameKey({ key: a.key, name: a.entry.name }, { key: b.key, name: b.entry.name }) ||
        nl.compare(a.entry.organisation, b.entry.organisation),
    )
    .map((x) => x.entry);
}

type EntryRow = {
  name: string;
  sector: string;
  publicDescription: string | null;
  activeSince: Date | null;
  acknowledgedAt: Date | null;
  organisation: { name: string };
  contributions: { type: keyof typeof CONTRIBUTION_LABELS }[];
};

/** The columns a register entry is made of (toEntry), for the whole list and for one page alike. */
const ENTRY_SELECT = {
  name: true,
  sector: true,
  publicDescription: true,
  activeSince: true,
  acknowledgedAt: true,
  organisation: { select: { name: true } },
  contributions: { select: { type: true } },
} as const;

/** The same public fields for everyone. */
function toEntry(v: EntryRow, words: RegisterWords): PublicRegisterEntry {
  return {
    name: v.name,
    organisation: v.organisation.name,
    sector: sectorLabel(v.sector, words.sector),
    whatTheyDo: v.publicDescription,
    contributions: [...new Set(v.contributions.map((c) => words.contribution[c.type]))].sort((a, b) => a.localeCompare(b, "nl")),
    since: (v.activeSince ?? v.acknowledgedAt!).toISOString().slice(0, 10),
  };
}

export type PublicRegisterPage = {
  items: PublicRegisterEntry[];
  /** Every active collaboration of the gemeente. */
  total: number;
  /** The ones that match `zoek` (= total without a search). */
  matching: number;
  page: number;
  pageSize: number;
  pages: number;
  /** 1-based position of the first item on this page among the matching ones (0 when none). */
  from: number;
  zoek: string | null;
  /** For a letter index: each first letter (A–Z, or # for anything else) and the page it starts on. */
  letters: { letter: string; page: number }[];
};

/**
 * The order of publicRegister: the name's sort key ("sortName", kept by PostgreSQL: no leading
 * punctuation, symbols or invisible characters, no case, no accents) in nl collation, then the
 * name, the organisation, and the id so pages never overlap.
 */
const nl = new Intl.Collator("nl");
type Light = { key: string; name: string; organisation: string; id: string };
const byName = (a: Light, b: Light) =>
  compareByNameKey(a, b) || nl.compare(a.organisation, b.organisation) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One page of the public register (same order, same fields, same rule for who is on it as
 * publicRegister). First only name + organisation of every active collaboration (small, and
 * sorted exactly like the full list), then the full entries of this page only. A page past the
 * end is empty; the caller decides whether to show the last page instead.
 */
export async function publicRegisterPage(
  ctx: TenantContext,
  input: unknown = {},
  words: RegisterWords = DUTCH,
): Promise<PublicRegisterPage> {
  const q = parseEngagementInput(ZPublicRegisterPageQuery, input, { exposure: true });
  return ctx.run(async (db) => {
    // Names only: the organisation's name matters for the order only between equal names (and for a
    // search), so it is looked up just for those — not for every partner of a large gemeente.
    const light = (
      await db.vestiging.findMany({
        where: ACTIVE_COLLABORATION_WHERE,
        select: { id: true, name: true, sortName: true, organisationId: true },
      })
    ).sort((a, b) => compareByNameKey({ key: a.sortName, name: a.name }, { key: b.sortName, name: b.name }));
    const needed = new Set<string>(q.zoek ? light.map((v) => v.organisationId) : []);
    for (let i = 1; i < light.length; i++) {
      const [p, c] = [light[i - 1], light[i]];
      if (compareByNameKey({ key: p.sortName, name: p.name }, { key: c.sortName, name: c.name }) === 0)
        needed.add(p.organisationId).add(c.organisationId);
    }
    const orgIds = [...needed];
    const orgNames = new Map(
      orgIds.length
        ? (await db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name])
        : [],
    );
    const all = light
      .map((v) => ({ id: v.id, key: v.sortName, name: v.name, organisation: orgNames.get(v.organisationId) ?? "" }))
      .sort(byName);
    const needle = q.zoek ? fold(q.zoek) : "";
    const matching = needle ? all.filter((v) => fold(v.name).includes(needle) || fold(v.organisation).includes(needle)) : all;
    const pages = Math.max(1, Math.ceil(matching.length / q.pageSize));
    const start = (q.page - 1) * q.pageSize;
    const slice = matching.slice(start, start + q.pageSize);
    const rows = slice.length
      ? await db.vestiging.findMany({
          where: { ...ACTIVE_COLLABORATION_WHERE, id: { in: slice.map((v) => v.id) } },
          select: { id: true, ...ENTRY_SELECT },
        })
      : [];
    const byId = new Map(rows.map((v) => [v.id, v]));
    const items = slice.flatMap(({ id }) => {
      const v = byId.get(id);
      return v ? [toEntry(v, words)] : [];
    });
    return {
      items,
      total: all.length,
      matching: matching.length,
      page: q.page,
      pageSize: q.pageSize,
      pages,
      from: slice.length ? start + 1 : 0,
      zoek: q.zoek || null,
      letters: letterPages(
        matching.map((v) => v.key),
        q.pageSize,
      ),
    };
  });
}
