/** The shortlist matrix of the handreiking: six criteria, the number of crosses decides who goes first. */
export const MATRIX_CRITERIA = [
  { key: "critSector", label: "Sector?" },
  { key: "critImago", label: "Imago ok?" },
  { key: "critMvo", label: "Mvo bekend?" },
  { key: "critGoals", label: "Past bij eenzaamheidsdoelen?" },
  { key: "critPriorWork", label: "Eerdere samenwerking?" },
  { key: "critWarmContact", label: "Warm contact?" },
] as const;

export type MatrixKey = (typeof MATRIX_CRITERIA)[number]["key"];
export type MatrixCrosses = Record<MatrixKey, boolean>;

/** The criteria's Dutch names by key (the catalogue's labels.matrixCriterion points here; English beside it). */
export const MATRIX_CRITERION_LABELS = Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, c.label])) as Record<MatrixKey, string>;

export function matrixScore(c: Partial<MatrixCrosses>): number {
  return MATRIX_CRITERIA.reduce((n, { key }) => n + (c[key] === true ? 1 : 0), 0);
}

/** Order for the shortlist: most crosses first, then name (Dutch collation) as a neutral tie-break. */
export function compareShortlist(a: { matrixScore: number; name: string }, b: { matrixScore: number; name: string }): number {
  return b.matrixScore - a.matrixScore || a.name.localeCompare(b.name, "nl");
}
