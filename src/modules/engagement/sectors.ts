/**
 * The fixed list of sectors, drawn from the handreiking (stap 1 "Lokale ondernemers identificeren"
 * and the examples). `frequentContact` marks sectors with frequent personal contact with people who
 * may be lonely: the matrix suggests a cross for "sector" for them.
 */
export const SECTORS = [
  { key: "supermarkt", label: "Supermarkt", frequentContact: true },
  { key: "gemakswinkel", label: "Gemakswinkel", frequentContact: true },
  { key: "detailhandel", label: "Winkel (overige detailhandel)", frequentContact: true },
  { key: "kringloopwinkel", label: "Kringloopwinkel", frequentContact: true },
  { key: "drogist", label: "Drogist", frequentContact: true },
  { key: "apotheek", label: "Apotheek", frequentContact: true },
  { key: "bakker", label: "Bakker", frequentContact: true },
  { key: "kapper", label: "Kapper", frequentContact: true },
  { key: "schoonheidsspecialist", label: "Schoonheidsspecialist", frequentContact: true },
  { key: "pedicure", label: "Pedicure", frequentContact: true },
  { key: "fysiotherapeut", label: "Fysiotherapeut", frequentContact: true },
  { key: "dietist", label: "Diëtist", frequentContact: true },
  { key: "opticien", label: "Opticien", frequentContact: true },
  { key: "audicien", label: "Audicien", frequentContact: true },
  { key: "sportschool", label: "Sportschool", frequentContact: true },
  { key: "post_pakket", label: "Post- of pakketbezorger", frequentContact: true },
  { key: "installatie_nuts", label: "Installatie- of nutsbedrijf", frequentContact: true },
  { key: "notaris", label: "Notaris", frequentContact: true },
  { key: "advocaat", label: "Advocaat", frequentContact: false },
  { key: "restaurant", label: "Restaurant of horeca", frequentContact: true },
  { key: "dierenarts", label: "Dierenarts", frequentContact: true },
  { key: "rijschool", label: "Rijschool", frequentContact: true },
  { key: "boekhandel", label: "Boekhandel", frequentContact: true },
  { key: "bank", label: "Bank", frequentContact: false },
  { key: "kinderopvang", label: "Kinderopvang", frequentContact: false },
  { key: "winkeliersvereniging_biz", label: "Winkeliersvereniging of BIZ", frequentContact: true },
  { key: "overig", label: "Overig", frequentContact: false },
] as const;

export type SectorKey = (typeof SECTORS)[number]["key"];
export const SECTOR_KEYS = SECTORS.map((s) => s.key) as [SectorKey, ...SectorKey[]];

const byKey = new Map<string, (typeof SECTORS)[number]>(SECTORS.map((s) => [s.key, s]));

/** The sectors' Dutch names by key (the catalogue's labels.sector points here; English beside it). */
export const SECTOR_LABELS = Object.fromEntries(SECTORS.map((s) => [s.key, s.label])) as Record<SectorKey, string>;

/** A sector's name (Dutch, or the catalogue's `t.labels.sector` on a page); an unknown key as it is. */
export function sectorLabel(key: string, labels: Readonly<Record<SectorKey, string>> = SECTOR_LABELS): string {
  return labels[key as SectorKey] ?? key;
}

export function suggestsSectorCross(key: string): boolean {
  return byKey.get(key)?.frequentContact ?? false;
}

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Find a sector by key or Dutch label (case and accents ignored), e.g. for CSV import. */
export function findSector(input: string): SectorKey | null {
  const n = normalise(input);
  if (!n) return null;
  for (const s of SECTORS) {
    if (normalise(s.key) === n || normalise(s.label) === n) return s.key;
  }
  return null;
}
