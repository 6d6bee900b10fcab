/**
 * Evidence 7 — axe (WCAG 2.0/2.1 A + AA) on EVERY page route found on disk (src/app/**\/page.tsx),
 * for EVERY demo role that may see it, and anonymously for public pages. Zero violations.
 *
 * - ROUTE_MAP says per route who may see it: `public`, any logged-in user, a tenant permission or a
 *   platform permission. The roles follow from the permission table (src/lib/auth/permissions.ts)
 *   and the demo accounts' roles, so a change of the table changes what is checked.
 *   A page file without an entry fails the run ("no mapping"): a new page is covered or the run is red.
 * - Dynamic segments get seeded ids: [gemeente] = samenstad, ondernemers/[id] = a seeded vestiging,
 *   signalen/[id] = a signal reported through the public form in beforeAll.
 * - A role that may see a route must see the page itself (no refusal, no 404); a role that may not
 *   must get the refusal or 404 page (checked without axe; axe runs on one refusal page per role).
 * - Error pages: 404 anonymous and inside the app; the ondernemer and the public pages on a phone
 *   viewport (390 × 844).
 * Findings are written to test-results/evidence/a11y.json.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { can, type Permission, type TenantRole } from "../../src/lib/auth/permissions";
import { account, expect, loginAs, ownerQuery, test, type E2ERole } from "./support/fixtures";
import { settle, WCAG_TAGS } from "./support/axe";

const APP = path.resolve(import.meta.dirname, "../../src/app");
const GEMEENTE = "samenstad";

/** Route patterns as on disk, without route groups: "/app/[gemeente]/signalen/[id]". */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    if (statSync(full).isDirectory()) return pages(full);
    return n === "page.tsx"
      ? [
          "/" +
            path
              .relative(APP, dir)
              .split(path.sep)
              .filter((s) => s && !/^\(.+\)$/.test(s))
              .join("/"),
        ]
      : [];
  });
}
const ON_DISK = pages(APP).sort();

type Access = "public" | "login" | { tenant: Permission; only?: TenantRole[] } | { platform: Permission };
type Ids = { vestiging: string; signal: string };
type Entry = {
  access: Access;
  path?: (ids: Ids) => string;
  /** Put the seeded row in a state this role may open (e.g. a signal in the team's queue). */
  prepare?: (role: Role, ids: Ids) => Promise<void>;
};

/** A signal is seen by the regisseur and loket always, by a team when it is in its queue, by a volunteer when linked. */
async function signalFor(role: Role, ids: Ids) {
  const state: Partial<Record<Role, string>> = { welzijn: "TEAM_WELZIJN", eenzaamheid: "TEAM_EENZAAMHEID", vrijwilliger: "VRIJWILLIGER" };
  const status = state[role] ?? "ONTVANGEN";
  const volunteer =
    role === "vrijwilliger"
      ? (await ownerQuery<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [account(role).email])).rows[0].id
      : null;
  await ownerQuery(`UPDATE "Signal" SET status = $2::"SignalStatus", "assigneeUserId" = NULL, "volunteerUserId" = $3 WHERE id = $1`, [
    ids.signal,
    status,
    volunteer,
  ]);
}

/** Who may see each page route. Keep in step with the page's own server-side check. */
const ROUTE_MAP: Record<string, Entry> = {
  "/": { access: "public" },
  "/api/v1/docs": { access: "public" },
  "/inloggen": { access: "public" },
  "/inloggen/controleer-je-email": { access: "public" },
  "/ondernemer/aanmelden": { access: "public" },
  "/g/[gemeente]": { access: "public" },
  "/g/[gemeente]/aanbod": { access: "public" },
  "/g/[gemeente]/aanbod/bevestigen": { access: "public", path: () => `/g/${GEMEENTE}/aanbod/bevestigen?token=onbekend` },
  "/g/[gemeente]/agenda": { access: "public" },
  "/g/[gemeente]/aanmelding/[token]": { access: "public", path: () => `/g/${GEMEENTE}/aanmelding/onbekend` },
  "/g/[gemeente]/uitnodiging/[token]": { access: "public", path: () => `/g/${GEMEENTE}/uitnodiging/onbekend` },
  "/g/[gemeente]/help": { access: "public" },
  "/g/[gemeente]/partners": { access: "public" },
  "/g/[gemeente]/zorgen": { access: "public" },
  "/g/[gemeente]/zorgen/stand": { access: "public" },
  "/g/[gemeente]/zorgen/reactie": { access: "public", path: () => `/g/${GEMEENTE}/zorgen/reactie?t=onbekend` },
  "/privacy": { access: "public" },
  "/toegankelijkheid": { access: "public" },
  "/account": { access: "login" },
  "/app": { access: "login" }, // redirects to the role's own start page
  "/ondernemer": { access: "login" },
  "/app/[gemeente]": { access: { tenant: "gemeente:read" } },
  "/app/[gemeente]/aanbod": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/agenda": { access: { tenant: "gemeente:read" } },
  "/app/[gemeente]/budget": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/campagnes": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/dashboard": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/dashboard/raadsbrief": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/instellingen": { access: { tenant: "engagement:manage" } },
  "/app/[gemeente]/klankbordgroep": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/mensen": { access: { tenant: "members:manage" } },
  "/app/[gemeente]/mijn-organisatie": { access: { tenant: "organisation:self" } },
  // Passing on a worry: entrepreneurs and partners (signals:create; staff file through Signalen). Both addresses.
  "/app/[gemeente]/mijn-organisatie/zorgen": { access: { tenant: "signals:create", only: ["ONDERNEMER", "PARTNER"] } },
  "/app/[gemeente]/zorgen": { access: { tenant: "signals:create", only: ["ONDERNEMER", "PARTNER"] } },
  "/app/[gemeente]/huisstijl": { access: { tenant: "theme:manage" } },
  "/app/[gemeente]/logboek": { access: { tenant: "audit:read" } },
  "/app/[gemeente]/ondernemers": { access: { tenant: "engagement:read" } },
  "/app/[gemeente]/ondernemers/[id]": {
    access: { tenant: "engagement:read" },
    path: (ids) => `/app/${GEMEENTE}/ondernemers/${ids.vestiging}`,
  },
  "/app/[gemeente]/ondernemers/aanvragen": { access: { tenant: "engagement:manage" } },
  "/app/[gemeente]/ondernemers/importeren": { access: { tenant: "engagement:manage" } },
  "/app/[gemeente]/ondernemers/matrix": { access: { tenant: "engagement:manage" } },
  "/app/[gemeente]/ondernemers/pijplijn": { access: { tenant: "engagement:manage" } },
  "/app/[gemeente]/partners": { access: { tenant: "partners:read" } },
  "/app/[gemeente]/plan": { access: { tenant: "dashboard:read" } },
  "/app/[gemeente]/signalen": { access: { tenant: "signals:work" } },
  "/app/[gemeente]/signalen/[id]": {
    access: { tenant: "signals:work" },
    path: (ids) => `/app/${GEMEENTE}/signalen/${ids.signal}`,
    prepare: signalFor,
  },
  // Phone intake: signals:create, and only the loket and the regisseur take calls.
  "/app/[gemeente]/signalen/nieuw": { access: { tenant: "signals:create", only: ["LOKET", "REGISSEUR"] } },
  // Rights of the resident: the regisseur only (signals:assess). Settings: everyone who works signals (own mail choice).
  "/app/[gemeente]/signalen/bewoner": { access: { tenant: "signals:assess" } },
  "/app/[gemeente]/signalen/instellingen": { access: { tenant: "signals:work" } },
  "/beheer": { access: { platform: "platform:admin" } },
  "/beheer/[gemeente]/api-sleutels": { access: { platform: "apikeys:manage" } },
  "/beheer/[gemeente]/inloggen": { access: { platform: "gemeente:manage" } },
  "/beheer/logboek": { access: { platform: "platform:admin" } },
  "/landelijk": { access: { platform: "national:read" } },
};

const ROLES = [
  "ambtenaar",
  "regisseur",
  "loket",
  "welzijn",
  "eenzaamheid",
  "vrijwilliger",
  "ondernemer",
  "partner",
  "adviseur",
  "beheerder",
] as const satisfies readonly E2ERole[];
type Role = (typeof ROLES)[number];

function mayView(role: Role, access: Access): boolean {
  if (access === "public" || access === "login") return true;
  const a = DEMO_ACCOUNTS.find((d) => d.key === role)!;
  if ("tenant" in access) {
    const viaMembership = a.memberships.some(
      (m) => m.gemeente === GEMEENTE && can(m.role, access.tenant) && (!access.only || access.only.includes(m.role)),
    );
    // requireTenant lets the platform admin into any gemeente with the admin's own permissions.
    const viaAdmin = a.platformRole === "PLATFORM_ADMIN" && can("PLATFORM_ADMIN", access.tenant) && !access.only;
    return viaMembership || viaAdmin;
  }
  return !!a.platformRole && can(a.platformRole, access.platform);
}

function urlOf(route: string, ids: Ids): string {
  const entry = ROUTE_MAP[route];
  if (entry.path) return entry.path(ids);
  if (/\[(?!gemeente\])[^\]]+\]/.test(route)) throw new Error(`${route}: dynamic segment without a path() in ROUTE_MAP`);
  return route.replace(/\[gemeente\]/g, GEMEENTE);
}

const REFUSAL = /geen toestemming voor deze|Deze pagina bestaat niet/;

type Finding = {
  route: string;
  url: string;
  status: number | undefined;
  violations: { id: string; impact: string | null | undefined; nodes: string[] }[];
};
const findings: Record<string, Finding[]> = {};
let ids: Ids;

async function axeOne(page: Page, who: string, route: string, url: string): Promise<Finding> {
  const res = await page.goto(url);
  await expect(page.locator("main#inhoud")).toBeVisible();
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const f: Finding = {
    route,
    url,
    status: res?.status(),
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
  };
  (findings[who] ??= []).push(f);
  return f;
}

/** The main content as text: what a refusal would say. */
/** The opening of the main content: a refusal is the page's heading and first paragraph (the API docs page
 * quotes the refusal texts further down, which must not count as a refusal). */
const mainText = async (page: Page) => (await page.locator("main#inhoud").innerText()).slice(0, 400);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  const v = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = $1 ORDER BY v."createdAt", v.id LIMIT 1`,
    [GEMEENTE],
  );
  // A signal as a resident would report it (the public form), so every signal worker sees a real detail page.
  // Once per run: after a failed test Playwright starts a new worker and runs beforeAll again.
  const existing = await ownerQuery<{ id: string }>(
    `SELECT s.id FROM "Signal" s JOIN "Gemeente" g ON g.id = s."gemeenteId" WHERE g.slug = $1 AND s."erasedAt" IS NULL AND s.source = 'PUBLIEK_FORMULIER' AND s.wijk = 'A11y-wijk' LIMIT 1`,
    [GEMEENTE],
  );
  if (existing.rows.length) {
    ids = { vestiging: v.rows[0].id, signal: existing.rows[0].id };
    return;
  }
  await ownerQuery(`DELETE FROM "SignalRateLimit"`); // other specs use the public form from the same address
  // A signal's wijk is one of the gemeente's own wijken: this spec's marker wijk joins the list.
  await ownerQuery(
    `UPDATE "Gemeente" SET settings = jsonb_set(settings, '{wijken}', COALESCE(settings->'wijken', '[]'::jsonb) || '["A11y-wijk"]'::jsonb) WHERE slug = $1 AND NOT COALESCE(settings->'wijken', '[]'::jsonb) ? 'A11y-wijk'`,
    ["samenstad"],
  );
  const page = await browser.newPage();
  const stamp = Date.now();
  await page.goto(`/g/${GEMEENTE}/zorgen`);
  await page.getByLabel("Naam (als u die weet)").fill(`A11y bewoner ${stamp}`);
  await page.getByLabel("Wijk of buurt").fill("A11y-wijk");
  await page.getByLabel("Wat is u opgevallen?").fill("Hij zit elke dag alleen op het bankje en praat met niemand meer.");
  await page.waitForTimeout(3_200); // the form's minimum fill time
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt. De gemeente Samenstad heeft uw zorg ontvangen." })).toBeVisible();
  await page.close();
  const s = await ownerQuery<{ id: string }>(
    `SELECT s.id FROM "Signal" s JOIN "Gemeente" g ON g.id = s."gemeenteId" WHERE g.slug = $1 AND s.wijk = 'A11y-wijk' ORDER BY s."createdAt" DESC LIMIT 1`,
    [GEMEENTE],
  );
  ids = { vestiging: v.rows[0].id, signal: s.rows[0].id };
});

test.afterAll(() => {
  const dir = path.resolve(import.meta.dirname, "../../test-results/evidence");
  mkdirSync(dir, { recursive: true });
  const checked = Object.values(findings).reduce((n, l) => n + l.length, 0);
  const failing = Object.entries(findings).flatMap(([who, l]) => l.filter((r) => r.violations.length > 0).map((r) => ({ who, ...r })));
  writeFileSync(
    path.join(dir, "a11y.json"),
    JSON.stringify(
      {
        routes: ON_DISK,
        pageChecks: checked,
        pagesWithViolations: failing.length,
        failing,
        checks: findings,
        at: new Date().toISOString(),
      },
      null,
      2,
    ),
  );
});

test("every page route on disk has an entry in ROUTE_MAP (and no entry is stale)", () => {
  expect(ON_DISK.length).toBeGreaterThan(10);
  const unmapped = ON_DISK.filter((r) => !ROUTE_MAP[r]);
  expect(unmapped, `page routes without a mapping in tests/e2e/evidence-a11y.spec.ts ROUTE_MAP: ${unmapped.join(", ")}`).toEqual([]);
  const stale = Object.keys(ROUTE_MAP).filter((r) => !ON_DISK.includes(r));
  expect(stale, `ROUTE_MAP entries without a page on disk: ${stale.join(", ")}`).toEqual([]);
  // Every route is seen by someone.
  const unseen = ON_DISK.filter((r) => ROUTE_MAP[r].access !== "public" && !ROLES.some((role) => mayView(role, ROUTE_MAP[r].access)));
  expect(unseen).toEqual([]);
});

const PUBLIC = ON_DISK.filter((r) => ROUTE_MAP[r]?.access === "public");

test("anonymous: every public page has 0 axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  const bad: Finding[] = [];
  for (const route of PUBLIC) {
    const f = await axeOne(page, "anonymous", route, urlOf(route, ids));
    expect(f.status, f.url).toBe(200);
    expect(await mainText(page), f.url).not.toMatch(REFUSAL);
    if (f.violations.length) bad.push(f);
  }
  expect(bad).toEqual([]);
});

test("anonymous: a page behind the login sends you to the login page, which is clean", async ({ page }) => {
  await page.goto(`/app/${GEMEENTE}/ondernemers`);
  await expect(page).toHaveURL(/\/inloggen/);
  expect((await axeOne(page, "anonymous", "/inloggen?next", page.url())).violations).toEqual([]);
});

test("404: an unknown address, anonymous and inside the app, has 0 violations", async ({ page }) => {
  const anon = await axeOne(page, "anonymous", "404", "/bestaat-niet");
  expect(anon.status).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  expect(anon.violations).toEqual([]);
  await loginAs(page, "regisseur");
  const inApp = await axeOne(page, "regisseur", "404 in app", `/app/${GEMEENTE}/ondernemers/00000000-0000-4000-8000-000000000000`);
  expect(inApp.status).toBe(404);
  expect(await mainText(page)).toMatch(REFUSAL);
  expect(inApp.violations).toEqual([]);
});

for (const role of ROLES) {
  test(`${role}: every page this role may see has 0 axe violations; the others refuse`, async ({ page }) => {
    test.setTimeout(300_000);
    await loginAs(page, role);
    const visible = ON_DISK.filter((r) => ROUTE_MAP[r] && mayView(role, ROUTE_MAP[r].access));
    const hidden = ON_DISK.filter((r) => ROUTE_MAP[r] && !mayView(role, ROUTE_MAP[r].access));
    const bad: Finding[] = [];
    for (const route of visible) {
      await ROUTE_MAP[route].prepare?.(role, ids);
      const f = await axeOne(page, role, route, urlOf(route, ids));
      expect(f.status, `${role} ${f.url}`).toBe(200);
      expect(await mainText(page), `${role} may see ${f.url}`).not.toMatch(REFUSAL);
      if (f.violations.length) bad.push(f);
    }
    for (const [i, route] of hidden.entries()) {
      const url = urlOf(route, ids);
      if (i === 0) {
        const f = await axeOne(page, role, `${route} (refused)`, url);
        if (f.violations.length) bad.push(f);
      } else {
        await page.goto(url);
      }
      expect(await mainText(page), `${role} may not see ${url}`).toMatch(REFUSAL);
    }
    expect(bad).toEqual([]);
  });
}

test.describe("phone viewport (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("anonymous: the public pages have 0 violations on a phone", async ({ page }) => {
    test.setTimeout(180_000);
    const bad: Finding[] = [];
    for (const route of PUBLIC) {
      const f = await axeOne(page, "anonymous-phone", route, urlOf(route, ids));
      if (f.violations.length) bad.push(f);
    }
    expect(bad).toEqual([]);
  });

  test("ondernemer: every page they may see has 0 violations on a phone", async ({ page }) => {
    test.setTimeout(180_000);
    await loginAs(page, "ondernemer");
    const bad: Finding[] = [];
    for (const route of ON_DISK.filter((r) => ROUTE_MAP[r]?.access !== "public" && mayView("ondernemer", ROUTE_MAP[r].access))) {
      const f = await axeOne(page, "ondernemer-phone", route, urlOf(route, ids));
      expect(await mainText(page)).not.toMatch(REFUSAL);
      if (f.violations.length) bad.push(f);
    }
    expect(bad).toEqual([]);
  });
});
