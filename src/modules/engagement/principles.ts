/**
 * The collaboration principles of the handreiking (chapter 2), as named rules with stable error
 * codes and Dutch messages. They are pure functions; the domain functions in ./server call them,
 * so server actions, the API and background jobs all hit the same checks.
 */
import type { ContributionType, PipelineStep } from "@/generated/prisma/enums";
import { AppError } from "@/lib/result";
import { ACTIVE_STEPS, stepIndex } from "./labels";
import { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";

/**
 * The refusals are read by staff and by entrepreneurs, so they use no "u" and no "je" (docs/terminology.md).
 * B1: short active sentences, the rule first, then what is possible; no "aanbesteding", "in natura" or "subsidie".
 */
export const PRINCIPLES = {
  PRINCIPLE_VOLUNTARY: {
    title: "Vrijwillig, zonder voordeel",
    message: `Eerst moet vastliggen dat de ondernemer vrijwillig meedoet. En dat meedoen geen voordeel geeft ${WHEN_THE_GEMEENTE_BUYS}. Daarna kan de ondernemer actief partner worden.`,
  },
  PRINCIPLE_NOT_EXCLUSIVE: {
    title: "Nooit exclusief",
    message:
      "Samenwerken is nooit exclusief. Elke ondernemer kan meedoen. Een exclusieve afspraak kan daarom niet. Meedoen dichtzetten voor een sector of wijk ook niet.",
  },
  PRINCIPLE_EQUAL_TREATMENT: {
    title: "Gelijke behandeling",
    message:
      "Alle ondernemers krijgen dezelfde plek: op alfabet. Eén ondernemer uitlichten of voorrang geven kan daarom niet. Sorteren op de grootte van de bijdrage ook niet.",
  },
  PRINCIPLE_TRANSPARENCY: {
    title: "Open over samenwerking",
    message:
      "De gemeente is open over samenwerking. Elke actieve samenwerking staat op de openbare lijst van partners. Een samenwerking verbergen kan daarom niet.",
  },
  PRINCIPLE_NO_SPONSORSHIP: {
    title: "Geen sponsorgeld",
    message:
      "De gemeente neemt geen geld, giften of sponsoring aan van ondernemers. Hulp met tijd, ruimte, spullen of kennis is wel welkom. Wil een ondernemer met geld helpen? Dat kan alleen via een eigen stichting van ondernemers.",
  },
  PRINCIPLE_DOUBT: {
    title: "Bij twijfel: niet doen",
    message:
      "Er is twijfel over deze samenwerking. Eerst beslist een regisseur of ambtenaar. Tot die tijd gaat de samenwerking niet verder, en noemt de gemeente haar niet naar buiten.",
  },
} as const;

export type PrincipleCode = keyof typeof PRINCIPLES;

/** Extra messages that belong to a principle but describe a specific case. */
export const PRINCIPLE_DETAIL = {
  STOPPED:
    "Deze ondernemer is gestopt met de samenwerking. Dat geldt meteen. Wil de ondernemer weer meedoen? Start de samenwerking dan eerst opnieuw.",
  ACK_IN_FUTURE: "De datum van de bevestiging kan niet in de toekomst liggen.",
} as const;

export class PrincipleError extends AppError {
  readonly principle: PrincipleCode;
  constructor(code: PrincipleCode, message?: string, field?: string) {
    super(code, message ?? PRINCIPLES[code].message, {
      status: 422,
      ...(field ? { fieldErrors: { [field]: [message ?? PRINCIPLES[code].message] } } : {}),
    });
    this.name = "PrincipleError";
    this.principle = code;
  }
}

export function isActiveStep(step: PipelineStep): boolean {
  return ACTIVE_STEPS.includes(step);
}

// ── PRINCIPLE_VOLUNTARY ────────────────────────────────────────────────────────────────────────

export type RelationState = {
  step: PipelineStep;
  acknowledgedAt: Date | null;
  stoppedAt: Date | null;
  parkedAt?: Date | null;
};

/** A relation can only be an active partner (vasthouden/versterken) after the acknowledgement. */
export function checkVoluntary(state: RelationState, to: PipelineStep): void {
  if (state.stoppedAt) throw new PrincipleError("PRINCIPLE_VOLUNTARY", PRINCIPLE_DETAIL.STOPPED);
  if (isActiveStep(to) && !state.acknowledgedAt) throw new PrincipleError("PRINCIPLE_VOLUNTARY");
}

/** Stopping takes immediate effect: a stopped relation can do nothing until it is restarted. */
export function checkNotStopped(state: { stoppedAt: Date | null }): void {
  if (state.stoppedAt) throw new PrincipleError("PRINCIPLE_VOLUNTARY", PRINCIPLE_DETAIL.STOPPED);
}

// ── PRINCIPLE_DOUBT ────────────────────────────────────────────────────────────────────────────

/** While a doubt is open the relation cannot advance (going back, parking or stopping is fine). */
export function checkDoubt(openDoubts: number, from: PipelineStep, to: PipelineStep): void {
  if (openDoubts > 0 && stepIndex(to) > stepIndex(from)) throw new PrincipleError("PRINCIPLE_DOUBT");
}

// ── Active collaboration (TRANSPARENCY, EQUAL_TREATMENT, DOUBT) ────────────────────────────────

/** Active: vasthouden/versterken, acknowledged, not stopped, not parked, no open doubt. */
export function isActiveCollaboration(v: RelationState & { openDoubts: number }): boolean {
  return isActiveStep(v.step) && !!v.acknowledgedAt && !v.stoppedAt && !v.parkedAt && v.openDoubts === 0;
}

// ── Input scans: NOT_EXCLUSIVE, EQUAL_TREATMENT, TRANSPARENCY, NO_SPONSORSHIP ──────────────────

const norm = (k: string) => k.toLowerCase().replace(/[^a-z]/g, "");

/** Keys that would mark something exclusive or close joining for a sector or wijk. */
const EXCLUSIVITY_KEYS = new Set(
  [
    "exclusive",
    "exclusief",
    "isExclusive",
    "exclusivity",
    "exclusiviteit",
    "closeJoining",
    "closedForJoining",
    "joiningClosed",
    "closedSectors",
    "closedSector",
    "closedWijken",
    "closedWijk",
    "closeSector",
    "closeWijk",
    "sectorClosed",
    "wijkClosed",
    "deelnameGesloten",
    "geslotenSectoren",
    "geslotenWijken",
    "maxPerSector",
    "maxPerWijk",
    "onePerSector",
  ].map(norm),
);

/** Keys that would rank or feature an entrepreneur above others. */
const RANKING_KEYS = new Set(
  [
    "featured",
    "uitgelicht",
    "highlight",
    "highlighted",
    "priority",
    "prioriteit",
    "voorrang",
    "boost",
    "pinned",
    "rank",
    "ranking",
    "weight",
    "sponsored",
  ].map(norm),
);
/** Sort values that would order exposure by contribution (or anything but the name). */
const RANKING_SORT_KEYS = new Set(["sort", "sortby", "order", "orderby", "volgorde"]);

/** Keys that would hide an active collaboration from the public register. */
const HIDING_KEYS = new Set(
  ["hidden", "hideFromRegister", "verborgen", "verbergen", "private", "notPublic", "unlisted", "publicRegister"].map(norm),
);

/** Keys or values that describe money flowing to the gemeente. */
const MONEY_WORDS = ["geld", "money", "donati", "donation", "sponsor", "financ", "cash", "euro", "bedrag", "amount", "gift", "schenking"];

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === "object") return Object.keys(value).length > 0;
  return value !== undefined && value !== null && value !== false && value !== "" && value !== 0 && value !== "false";
}

type Hit = { path: string };

function walk(input: unknown, visit: (key: string, value: unknown, path: string) => boolean, path = "", depth = 0): Hit | null {
  if (depth > 8 || !input || typeof input !== "object") return null;
  const entries = Array.isArray(input) ? input.map((v, i) => [String(i), v] as const) : Object.entries(input as Record<string, unknown>);
  for (const [key, value] of entries) {
    const p = path ? `${path}.${key}` : key;
    if (!Array.isArray(input) && visit(key, value, p)) return { path: p };
    const deeper = walk(value, visit, p, depth + 1);
    if (deeper) return deeper;
  }
  return null;
}

/** Returns the path of an attempt to make something exclusive or close joining, or null. */
export function findExclusivityAttempt(input: unknown): string | null {
  return walk(input, (k, v) => EXCLUSIVITY_KEYS.has(norm(k)) && truthy(v))?.path ?? null;
}

/** Returns the path of an attempt to feature, prioritise or order by contribution, or null. */
export function findRankingAttempt(input: unknown, opts: { exposure?: boolean } = {}): string | null {
  return (
    walk(input, (k, v) => {
      const nk = norm(k);
      if (RANKING_KEYS.has(nk)) return truthy(v);
      // Internal working lists (registry, shortlist) may sort; exposure may only be alphabetical.
      if (opts.exposure && RANKING_SORT_KEYS.has(nk) && typeof v === "string")
        return !/^(name|naam|alfabetisch|alphabetical)$/i.test(v.trim());
      return false;
    })?.path ?? null
  );
}

function findHidingAttempt(input: unknown): string | null {
  return walk(input, (k, v) => HIDING_KEYS.has(norm(k)) && (norm(k) === "publicregister" ? v === false : truthy(v)))?.path ?? null;
}

const looksLikeMoney = (s: string) => {
  const n = s.toLowerCase();
  return MONEY_WORDS.some((w) => n.includes(w));
};

export function findMoneyAttempt(input: unknown): string | null {
  return (
    walk(input, (k, v) => {
      if (MONEY_WORDS.some((w) => norm(k).includes(w)) && truthy(v)) return true;
      if ((norm(k) === "type" || norm(k) === "soort" || norm(k) === "kind") && typeof v === "string") return looksLikeMoney(v);
      return false;
    })?.path ?? null
  );
}

/** Run the input scans; throws the first principle an input breaks. */
export function assertPrinciplesInInput(input: unknown, opts: { money?: boolean; exposure?: boolean } = {}): void {
  const exclusive = findExclusivityAttempt(input);
  if (exclusive) throw new PrincipleError("PRINCIPLE_NOT_EXCLUSIVE", undefined, exclusive);
  const ranking = findRankingAttempt(input, { exposure: opts.exposure });
  if (ranking) throw new PrincipleError("PRINCIPLE_EQUAL_TREATMENT", undefined, ranking);
  const hiding = findHidingAttempt(input);
  if (hiding) throw new PrincipleError("PRINCIPLE_TRANSPARENCY", undefined, hiding);
  if (opts.money) {
    const money = findMoneyAttempt(input);
    if (money) throw new PrincipleError("PRINCIPLE_NO_SPONSORSHIP", undefined, money);
  }
}

// ── PRINCIPLE_NO_SPONSORSHIP ───────────────────────────────────────────────────────────────────

export const IN_KIND_TYPES: readonly ContributionType[] = [
  "SIGNALEREN",
  "INFORMATIE_VERSPREIDEN",
  "COMMUNITY",
  "ACTIVITEIT_ORGANISEREN",
  "EXTRA_GASTVRIJ",
  "MEDEWERKERS_BESCHIKBAAR",
  "RUIMTE_MATERIAAL_EXPERTISE",
];

/** A contribution type must be in kind; money, donations and sponsoring are refused. */
export function checkContributionType(type: unknown): ContributionType {
  if (typeof type === "string" && (IN_KIND_TYPES as readonly string[]).includes(type)) return type as ContributionType;
  if (typeof type === "string" && looksLikeMoney(type)) throw new PrincipleError("PRINCIPLE_NO_SPONSORSHIP", undefined, "type");
  throw new AppError("VALIDATION", undefined, { fieldErrors: { type: ["Kies een bijdrage uit de lijst."] } });
}
