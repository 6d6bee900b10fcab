/** The nine routekaart themes (Movisie 2023) and the four building blocks (stappenplan), as data. */
export const PLAN_ITEMS = [
  { key: "thema:verkenning", group: "Organiseren", label: "Verkenning" },
  { key: "thema:plan-van-aanpak", group: "Organiseren", label: "Plan van aanpak" },
  { key: "thema:commitment", group: "Organiseren", label: "Commitment" },
  { key: "thema:sterk-netwerk", group: "Organiseren", label: "Sterk netwerk" },
  { key: "thema:monitoren-evalueren", group: "Organiseren", label: "Monitoren en evalueren" },
  { key: "thema:bewustwordingscampagne", group: "Doen", label: "Bewustwordingscampagne" },
  { key: "thema:preventie", group: "Doen", label: "Preventie" },
  { key: "thema:signaleren-bespreken", group: "Doen", label: "Signaleren en bespreken" },
  { key: "thema:ondersteunen-activeren", group: "Doen", label: "Ondersteunen en activeren" },
  { key: "blok:weten-bewustwording", group: "Bouwstenen", label: "Weten en bewustwording" },
  { key: "blok:signaleren-opvolgen", group: "Bouwstenen", label: "Signaleren en opvolgen" },
  { key: "blok:ondersteuningsaanbod", group: "Bouwstenen", label: "Kwalitatief en laagdrempelig ondersteuningsaanbod" },
  { key: "blok:samenwerken-informeren", group: "Bouwstenen", label: "Samenwerken en informeren" },
] as const;
export type PlanItemKey = (typeof PLAN_ITEMS)[number]["key"];
export const PLAN_ITEM_KEYS = PLAN_ITEMS.map((i) => i.key) as [PlanItemKey, ...PlanItemKey[]];

export const PLAN_STATUSES = ["NIET_GESTART", "BEZIG", "KLAAR"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { NIET_GESTART: "Nog niet begonnen", BEZIG: "Bezig", KLAAR: "Klaar" };

/** Progress from baseline to target, 0..1 (clamped); works for falling targets too. */
export function goalProgress(baseline: number, target: number, current: number | null): number | null {
  if (current === null || !Number.isFinite(current)) return null;
  if (target === baseline) return current === target ? 1 : 0;
  return Math.min(1, Math.max(0, (current - baseline) / (target - baseline)));
}
