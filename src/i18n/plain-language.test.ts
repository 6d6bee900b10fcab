/**
 * Issue 22: one form of address per audience and no jargon for residents and entrepreneurs.
 * - The catalogue: each top-level section has one audience (AUDIENCE); a resident section never says
 *   "je", a staff or entrepreneur section never says "u", a shared section says neither; resident,
 *   entrepreneur and shared sections use no word of JARGON.
 * - Resident-facing files outside the catalogue (RESIDENT_FILES): their literal texts, the same rules.
 * - Staff sections and staff files (STAFF_FILES) use no word of STAFF_JARGON (mediane tijd, nulmeting,
 *   streefgetal, sociale kaart, iCal, accounthouder, propositie, shortlist/longlist, meldpunt,
 *   signaalpunt, export/inzage): the staff screens have plain words for them. Route paths and
 *   lower-case identifiers (an intent "export", an id "export-titel") are code, not text.
 * - docs/terminology.md names every jargon word, so the list and the document stay one.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "./nl";
import { JARGON, jargonIn, literalTexts, problems, STAFF_JARGON, type Audience } from "./terminology";
import { repoFiles } from "../../tests/support/source-files";
import { dutchMessages } from "../../tests/support/dutch-messages";

const AUDIENCE: Record<keyof typeof nl, Audience> = {
  meta: "shared",
  common: "shared",
  home: "shared",
  roles: "shared",
  errors: "shared",
  shared: "shared",
  publicGemeente: "resident",
  resident: "resident",
  entrepreneur: "entrepreneur",
  entrepreneurPage: "entrepreneur",
  app: "staff",
  nav: "staff",
  navDescriptions: "staff",
  roleIntro: "staff",
  admin: "staff",
  national: "staff",
  staff: "staff",
  engagementPages: "staff",
  signalsPages: "staff",
  planPages: "staff",
  coalitionPages: "staff",
  publicPages: "resident",
  legalPages: "shared",
  accountPages: "entrepreneur",
  adminPages: "staff",
  selfServicePages: "entrepreneur",
  gemeentePages: "staff",
  publicEntrepreneurPages: "entrepreneur",
  labels: "shared",
  forms: "shared",
};

/** Every text of a catalogue value, with functions called on sample values. */
function texts(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (typeof value === "function")
    return [
      [at, String((value as (...a: unknown[]) => unknown)("Voorbeeld", "1 januari 2026"))],
      [`${at}(2)`, String((value as (n: number) => unknown)(2))],
    ];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  return [];
}

describe("the checker itself", () => {
  it("catches the cases of the issue", () => {
    expect(problems("Wat kun je doen? Maak je je zorgen om iemand?", "resident")).not.toEqual([]);
    expect(problems("Vertel in een paar zinnen wat u is opgevallen.", "entrepreneur")).not.toEqual([]);
    expect(problems("Hoe wilt u e-mail over signalen krijgen?", "staff")).not.toEqual([]);
    expect(problems("De database is even niet bereikbaar.", "shared")).not.toEqual([]);
    expect(problems("Geen voordeel bij inkoop of aanbesteding.", "entrepreneur")).not.toEqual([]);
    expect(problems("Iemand van het signaalpunt bekijkt het.", "resident")).not.toEqual([]);
    expect(problems("De sociale kaart bijwerken", "staff")).not.toEqual([]);
    expect(problems("Mediane tijd tot oppakken (uren)", "staff")).not.toEqual([]);
    for (const t of [
      "Nulmeting",
      "Streefgetal",
      "Openbare agenda (iCal)",
      "Accounthouder",
      "4. Propositie: wat bieden wij?",
      "Longlist importeren",
      "Shortlist (matrix)",
      "Centraal meldpunt: eenmalige kosten",
      "Instellingen signaalpunt",
      "Inzage: export",
      "Export maken (JSON)",
      "Of wil iemand dat we de gegevens beperken of wissen?",
      "maak een kopie van de gegevens, beperk of wis",
    ])
      expect(jargonIn(t, STAFF_JARGON), t).not.toEqual([]);
    // The law's word inside its own explanation is allowed; "beperking" (a disability) is another word.
    for (const t of [
      "De wet (AVG) noemt dit: de verwerking beperken.",
      "vragen om die gegevens minder te gebruiken (beperken).",
      "Mensen met een beperking",
      "onbeperkt",
    ])
      expect(jargonIn(t, STAFF_JARGON), t).toEqual([]);
    // Staff still say "telefonische melding"; route paths and identifiers are not read as text.
    expect(jargonIn("Telefonische melding invoeren", STAFF_JARGON)).toEqual([]);
    expect(staffTexts('<a href={`/app/${slug}/dashboard/export`}>Download</a><input value="export" id="export-titel" />')).toEqual([
      "Download",
    ]);
    // One-word labels count too in the staff files' jargon check.
    expect(literalTexts('<th scope="col">\n  Nulmeting\n</th>{input("target", "Streefgetal")}', true)).toEqual(
      expect.arrayContaining(["Nulmeting", "Streefgetal"]),
    );
    expect(problems("Je hebt geen toestemming.", "shared")).not.toEqual([]);
  });
  it("lets correct text pass (and does not read words that merely contain u or je)", () => {
    expect(problems("Maakt u zich zorgen om iemand? Uw code staat hieronder.", "resident")).toEqual([]);
    expect(problems("Je doet nu mee. Dank je wel!", "entrepreneur")).toEqual([]);
    expect(problems("Dit bestaat niet. Kijk het adres na; huur, uur, jeugd en bijeenkomst zijn gewone woorden.", "shared")).toEqual([]);
    // Staff may use work words that are not in STAFF_JARGON.
    expect(problems("De stappen bijwerken en een ondernemer terughalen", "staff")).toEqual([]);
    expect(problems("Een ondernemer parkeren", "staff")).not.toEqual([]);
    expect(problems("De pijplijn bijwerken", "staff")).not.toEqual([]);
    expect(problems("percentile_cont(0.5) AS median_seconds", "staff")).toEqual([]);
  });
});

describe("the catalogue speaks to each audience in one way", () => {
  it("every section has an audience", () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(AUDIENCE).sort());
  });
  it("no text uses the other form of address or a listed jargon word", () => {
    const found = (Object.keys(nl) as (keyof typeof nl)[]).flatMap((section) =>
      texts(nl[section], `nl.${section}`).flatMap(([at, text]) => problems(text, AUDIENCE[section]).map((p) => `${at}: ${p} in "${text}"`)),
    );
    expect(found).toEqual([]);
  });
});

/**
 * Resident-facing files outside the catalogue (the public pages; the help page and the signal card
 * are for entrepreneurs, the invitation page for members and entrepreneurs: see JE_FILES).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const RESIDENT_FILES = [
  ...repoFiles("src/app/g").filter((f) => !f.includes("/help/") && !f.includes("/signaalkaart/") && !f.includes("/uitnodiging/")),
  "src/modules/signals/components/intake-form.tsx",
  "src/modules/signals/components/status-check-form.tsx",
  "src/modules/signals/components/feedback-form.tsx",
  "src/modules/signals/server/public-intake.ts",
  "src/modules/signals/server/feedback.ts",
  "src/modules/signals/jobs/reporter-feedback.ts",
];

describe("resident-facing files say u and use no jargon", () => {
  it.each(RESIDENT_FILES)("%s", (file) => {
    const found = literalTexts(fs.readFileSync(path.join(ROOT, file), "utf8")).flatMap((t) =>
      problems(t, "resident").map((p) => `${p} in "${t.trim()}"`),
    );
    expect(found).toEqual([]);
  });
});

/** Files that speak to members and entrepreneurs only: "je", never "u", and no jargon. */
const JE_FILES = [
  "src/app/g/[gemeente]/uitnodiging/[token]/page.tsx",
  "src/app/g/[gemeente]/help/page.tsx",
  // The entrepreneur's self-service and the first-contact mail.
  "src/app/ondernemer/page.tsx",
  "src/app/ondernemer/aanmelden/page.tsx",
  "src/modules/selfservice/components/forms.tsx",
  "src/modules/selfservice/components/join-form.tsx",
  "src/modules/selfservice/components/page-forms.tsx",
  "src/modules/selfservice/components/profile-forms.tsx",
  "src/modules/selfservice/components/profile-fields.ts",
  "src/modules/selfservice/components/worry-form.tsx",
  "src/modules/selfservice/components/worry-page.tsx",
  "src/modules/selfservice/faq.ts",
  "src/modules/engagement/templates.ts",
];

describe("files for members and entrepreneurs say je and use no jargon", () => {
  it.each(JE_FILES)("%s", (file) => {
    const found = literalTexts(fs.readFileSync(path.join(ROOT, file), "utf8")).flatMap((t) =>
      problems(t, "entrepreneur").map((p) => `${p} in "${t.trim()}"`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * Staff files: the pages under src/app/app and src/app/landelijk, the module components (those for
 * residents and entrepreneurs are checked above, more strictly), and module files that hold staff
 * texts (figure labels, the council report, form errors, the digest mail, the API docs).
 */
const CHECKED_ABOVE = new Set([...RESIDENT_FILES, ...JE_FILES]);
const STAFF_FILES = [
  ...repoFiles("src/app/app"),
  ...repoFiles("src/app/landelijk"),
  ...fs
    .readdirSync(path.join(ROOT, "src/modules"))
    .filter((m) => m !== "selfservice" && fs.existsSync(path.join(ROOT, "src/modules", m, "components")))
    .flatMap((m) => repoFiles(`src/modules/${m}/components`))
    .filter((f) => !CHECKED_ABOVE.has(f)),
  "src/modules/plan/schemas.ts",
  "src/modules/plan/server/indicators.ts",
  "src/modules/plan/server/signal-figures.ts",
  "src/modules/plan/server/council-report.ts",
  "src/modules/engagement/digest.ts",
  "src/modules/engagement/server/access.ts",
  "src/modules/offer/openapi.ts",
  "src/modules/engagement/openapi.ts",
  "src/modules/engagement/schemas.ts",
  "src/modules/engagement/server/pipeline.ts",
  "src/modules/plan/budget.ts",
  "src/modules/audit/kinds.ts",
];

/**
 * The texts of a staff file for the jargon check: every literal, one-word labels too, but not route
 * paths ("/app/…/dashboard/export"), lower-case identifiers (an intent "export", an id "export-titel")
 * and the keyword of "export const …" (code between a type's < and > can read as JSX text): those
 * are code and stay.
 */
function staffTexts(source: string): string[] {
  return literalTexts(source, true)
    .map((t) => t.replace(/\bexport\s+(?=(default|async|const|let|function|type|interface|class|enum)\b|[{*])/g, "").trim())
    .filter((t) => t !== "" && !t.startsWith("/") && !/^[a-z][a-z0-9-]*$/.test(t));
}

describe("staff files use the plain words of STAFF_JARGON", () => {
  it("scans the staff pages and components", () => {
    expect(STAFF_FILES).toContain("src/app/app/[gemeente]/dashboard/page.tsx");
    expect(STAFF_FILES).toContain("src/modules/plan/components/plan-forms.tsx");
    expect(STAFF_FILES.length).toBeGreaterThan(40);
  });
  it.each(STAFF_FILES)("%s", (file) => {
    const found = staffTexts(fs.readFileSync(path.join(ROOT, file), "utf8")).flatMap((t) =>
      jargonIn(t, STAFF_JARGON).map((p) => `${p} in "${t}"`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * The modules' messages (zod, AppError, refusals; found as decision 0024's extraction finds them): no jargon word for
 * anyone; "u" only where residents are answered (MESSAGE_RESIDENT_FILES); in files whose messages residents and staff
 * share (the worry form's schema, the shared libraries), no pronoun at all.
 */
const MESSAGE_RESIDENT_FILES = [
  "src/modules/events/server/guests.ts",
  "src/modules/signals/server/feedback.ts",
  "src/modules/signals/server/public-intake.ts",
];
const MESSAGE_SHARED_FILES = ["src/modules/signals/schemas.ts", "src/lib/result.ts", "src/lib/names.ts", "src/lib/input/text.ts"];

describe("the modules' messages", () => {
  const messages = [...dutchMessages()];
  it("use no jargon word", () => {
    expect(messages.flatMap(([t, file]) => jargonIn(t, JARGON).map((p) => `${file}: ${p} in "${t}"`))).toEqual([]);
  });
  it("say u only to residents, and neither u nor je where residents and staff share them", () => {
    const found = messages.flatMap(([t, file]) => {
      const audience: Audience = MESSAGE_RESIDENT_FILES.includes(file)
        ? "resident"
        : MESSAGE_SHARED_FILES.includes(file)
          ? "shared"
          : "entrepreneur"; // staff and entrepreneurs: "je" (the u/je rule is the same for both)
      return problems(t, audience)
        .filter((p) => !p.startsWith("jargon"))
        .map((p) => `${file}: ${p} in "${t}"`);
    });
    expect(found).toEqual([]);
  });
});

describe("docs/terminology.md", () => {
  it("explains every listed jargon word", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs/terminology.md"), "utf8").toLowerCase();
    expect(JARGON.filter((j) => !doc.includes(j.word.split(" / ")[0]!.toLowerCase())).map((j) => j.word)).toEqual([]);
  });
});
