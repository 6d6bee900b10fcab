/**
 * Evidence 3b — the WRONG ROLE is refused by every server action and every mutating API route.
 *
 * ACTION_REQUIREMENTS names, for every exported server action on disk, what it requires. The test
 *   - fails when an action on disk has no entry (or an entry names an action that is gone), and
 *     when the permission in the table is not the one the action's source passes to
 *     requireTenant/requirePlatform (so the table cannot drift from the code);
 *   - calls each action as every logged-in actor that lacks the permission: each tenant role of
 *     gemeente A without it, members of gemeente B (the strongest role there), the programme adviser,
 *     the platform admin when it lacks it, and a user without any membership — with argument shapes
 *     aimed at real rows of A — and requires FORBIDDEN/NOT_FOUND and no change in any table
 *     (row counts + md5 of every table);
 *   - calls it once more as an actor that HAS the permission, with the same arguments: that call
 *     must get past the permission check (not FORBIDDEN/UNAUTHENTICATED). So the table is neither
 *     too loose nor too strict, and the refusals above came from the role, not from bad input.
 * Every mutating /api/v1 route: a key of every role that lacks the route's permission (read from
 * its apiRoute("…") declaration) → 403 and nothing changed; a key that has it gets past 403.
 *
 * The session: getActor() is replaced by the actor built by the real loadActor() from the users and
 * memberships in the database (there is no Next request here; next/cache's revalidatePath is a
 * no-op for the same reason). The HTTP path with real session cookies and the Origin wall is
 * tests/e2e/action-replay.spec.ts.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/context";
import { can, TENANT_ROLES, type Permission, type TenantRole } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/session-user";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { insertRow, quoteIdent, writeFigures } from "../support/evidence/catalog";
import { actionModules, MUTATING, rel, ROOT, routeHandlers } from "../support/evidence/discover";
import { call, keyFor } from "./api-support";

// The acting user per call chain (AsyncLocalStorage), so actors can be replayed side by side.
const session = vi.hoisted(() => ({ store: undefined as undefined | { getStore(): unknown } }));
vi.mock("@/server/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getActor: async () => session.store?.getStore() ?? { kind: "anonymous" },
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));

type Requirement =
  /** requireTenant(actor, gemeente, permission) in the action. `refused`: a stricter check in the domain (these roles must get FORBIDDEN there). */
  | { tenant: Permission; refused?: readonly TenantRole[]; input?: unknown }
  /** requirePlatform(actor, permission) (in the action or its domain function). */
  | { platform: Permission }
  /** Any logged-in user, acting on their own account only (requireUser): no role to be wrong. */
  | { self: string }
  /** Public on purpose (see evidence-authz.test.ts PUBLIC_ACTIONS). */
  | { public: string };

const STAFF: readonly TenantRole[] = ["AMBTENAAR", "REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"];
const notStaff = TENANT_ROLES.filter((r) => !STAFF.includes(r));
const lacking = (p: Permission) => TENANT_ROLES.filter((r) => !can(r, p));

const M = (m: string, name: string) => `src/modules/${m}/actions.ts#${name}`;
export const ACTION_REQUIREMENTS: Record<string, Requirement> = {
  [M("api-keys", "createApiKeyAction")]: { tenant: "apikeys:manage" },
  [M("api-keys", "revokeApiKeyAction")]: { tenant: "apikeys:manage" },
  [M("identity", "saveIdentityProviderAction")]: { tenant: "gemeente:manage" },
  [M("identity", "removeIdentityProviderAction")]: { tenant: "gemeente:manage" },
  [M("campaigns", "createCampaignAction")]: { tenant: "coalition:manage" },
  [M("campaigns", "updateCampaignAction")]: { tenant: "coalition:manage" },
  [M("campaigns", "deleteCampaignAction")]: { tenant: "coalition:manage" },
  [M("campaigns", "fillYearAction")]: { tenant: "coalition:manage" },
  [M("coalition", "movePartnerAction")]: { tenant: "partners:manage" },
  [M("coalition", "placeVestigingAction")]: { tenant: "partners:manage" },
  [M("coalition", "createKlankbordMemberAction")]: { tenant: "coalition:manage" },
  [M("coalition", "deleteKlankbordMemberAction")]: { tenant: "coalition:manage" },
  [M("coalition", "createKlankbordMeetingAction")]: { tenant: "coalition:manage" },
  [M("coalition", "createKlankbordInputAction")]: { tenant: "coalition:manage" },
  [M("coalition", "setKlankbordInputStatusAction")]: { tenant: "coalition:manage" },
  [M("engagement", "createVestigingAction")]: { tenant: "engagement:manage" },
  [M("engagement", "completeNextActionFormAction")]: { tenant: "engagement:manage" },
  [M("engagement", "updateVestigingAction")]: { tenant: "engagement:manage" },
  [M("engagement", "updateMatrixAction")]: { tenant: "engagement:manage" },
  [M("engagement", "setMotivesAndFiveMsAction")]: { tenant: "engagement:manage" },
  [M("engagement", "importLonglistAction")]: { tenant: "engagement:manage" },
  [M("engagement", "promoteToPipelineAction")]: { tenant: "engagement:manage" },
  [M("engagement", "moveStepAction")]: { tenant: "engagement:manage" },
  [M("engagement", "parkRelationAction")]: { tenant: "engagement:manage" },
  [M("engagement", "reviveRelationAction")]: { tenant: "engagement:manage" },
  // Staff, or the entrepreneur for their OWN vestiging (the rows here belong to another organisation).
  [M("engagement", "recordAcknowledgementAction")]: {
    tenant: "gemeente:read",
    refused: lacking("engagement:manage"),
    input: { date: "2026-01-05", channel: "TELEFOON" },
  },
  [M("engagement", "stopRelationAction")]: { tenant: "gemeente:read", refused: lacking("engagement:manage"), input: { reason: "Gestopt" } },
  [M("engagement", "restartRelationAction")]: { tenant: "engagement:manage" },
  [M("engagement", "addContactPersonAction")]: { tenant: "engagement:manage" },
  [M("engagement", "recordContactMomentAction")]: { tenant: "engagement:manage" },
  [M("engagement", "recordMilestoneAction")]: { tenant: "engagement:manage" },
  [M("engagement", "celebrateMilestoneAction")]: { tenant: "engagement:manage" },
  [M("engagement", "updateEngagementSettingsAction")]: { tenant: "engagement:manage" },
  [M("engagement", "addContributionAction")]: { tenant: "engagement:manage" },
  [M("engagement", "addPropositionItemAction")]: { tenant: "engagement:manage" },
  [M("engagement", "updateTemplateAction")]: { tenant: "engagement:manage" },
  [M("engagement", "sendTemplateMailAction")]: { tenant: "engagement:manage" },
  [M("engagement", "logSentMailAction")]: { tenant: "engagement:manage" },
  // Any staff role raises a twijfel (checked in the domain, before the input).
  [M("engagement", "raiseDoubtAction")]: { tenant: "gemeente:read", refused: notStaff, input: { reason: "Twijfel" } },
  [M("engagement", "closeDoubtAction")]: { tenant: "engagement:manage" },
  [M("gemeenten", "setPublicContactAction")]: { tenant: "coalition:manage" },
  [M("events", "createEventAction")]: { tenant: "coalition:manage" },
  [M("events", "registerForEventAction")]: { tenant: "gemeente:read" },
  [M("events", "cancelRegistrationAction")]: { tenant: "gemeente:read" },
  [M("events", "updateEventAction")]: { tenant: "coalition:manage" },
  [M("events", "cancelEventAction")]: { tenant: "coalition:manage" },
  [M("events", "inviteToEventAction")]: { tenant: "coalition:manage" },
  [M("events", "closeEventAction")]: { tenant: "coalition:manage" },
  [M("events", "registerPublicGuestAction")]: { public: "the public agenda: anyone registers for a public event (throttled)" },
  [M("events", "respondToInvitationAction")]: { public: "the signed personal invitation link is the authorisation" },
  [M("events", "cancelGuestAction")]: { public: "the signed cancel link from the confirmation mail is the authorisation" },
  [M("offer", "createOfferAction")]: { tenant: "coalition:manage" },
  [M("offer", "confirmOfferAction")]: { public: "the signed token from the provider's e-mail is the authorisation" },
  [M("offer", "proposeActivityAction")]: { tenant: "organisation:self" },
  [M("offer", "publishOfferAction")]: { tenant: "coalition:manage" },
  [M("offer", "updateOfferAction")]: { tenant: "coalition:manage" },
  [M("offer", "unpublishOfferAction")]: { tenant: "coalition:manage" },
  [M("partners", "createPartnerAction")]: { tenant: "partners:manage" },
  [M("partners", "updatePartnerAction")]: { tenant: "partners:manage" },
  [M("partners", "deletePartnerAction")]: { tenant: "partners:manage" },
  [M("plan", "setBudgetActualAction")]: { tenant: "coalition:manage" },
  [M("plan", "setPlanItemStatusAction")]: { tenant: "coalition:manage" },
  [M("plan", "createSmartGoalAction")]: { tenant: "coalition:manage" },
  [M("selfservice", "registerOrganisationAction")]: { self: "an entrepreneur registers their own organisation" },
  [M("selfservice", "joinCoalitionAction")]: { self: "an entrepreneur joins with their own organisation" },
  [M("selfservice", "leaveFormAction")]: { tenant: "organisation:self" },
  [M("selfservice", "updateProfileAction")]: { tenant: "organisation:self" },
  [M("selfservice", "decideClaimAction")]: { tenant: "engagement:manage" },
  // The entrepreneur's entrance to the signal point: only the ONDERNEMER role (checked in the domain).
  [M("selfservice", "passOnWorryFormAction")]: {
    tenant: "signals:create",
    refused: TENANT_ROLES.filter((r) => r !== "ONDERNEMER" && r !== "PARTNER"),
  },
  [M("selfservice", "proposeActivityFormAction")]: { tenant: "organisation:self" },
  [M("selfservice", "deleteMyAccountFormAction")]: { self: "deletes the caller's own account" },
  [M("gemeenten", "setThemeAction")]: { tenant: "theme:manage" },
  [M("gemeenten", "setLogoAction")]: { tenant: "theme:manage" },
  [M("gemeenten", "removeLogoAction")]: { tenant: "theme:manage" },
  [M("signals", "setCategoriesAction")]: { tenant: "signals:assess" },
  [M("signals", "submitPublicSignalAction")]: { public: "the public worry form: anyone may report" },
  [M("signals", "answerFeedbackAction")]: { public: "the single-use link in the reporter's mail is the authorisation" },
  [M("signals", "phoneIntakeAction")]: { tenant: "signals:create" },
  [M("signals", "transitionSignalAction")]: { tenant: "signals:work" },
  [M("signals", "residentRightsAction")]: { tenant: "signals:assess" },
  [M("signals", "updateSignalSettingsAction")]: { tenant: "signals:assess" },
  [M("signals", "setWijkenAction")]: { tenant: "signals:assess" },
  [M("signals", "runRetentionAction")]: { tenant: "signals:assess" },
  [M("signals", "setMailPreferenceAction")]: { tenant: "signals:work" },
  [M("signals", "checkSignalStatusAction")]: { public: "a resident checks the status of their own report with its code" },
  [M("users", "changeRoleAction")]: { tenant: "members:manage" },
  [M("users", "logOutEverywhereAction")]: { self: "ends the caller's own sessions" },
  [M("users", "startTotpSetupAction")]: { self: "the caller's own login code" },
  [M("users", "confirmTotpAction")]: { self: "the caller's own login code" },
  [M("users", "updateWorkDetailsAction")]: { self: "the caller's own function and contact details" },
  [M("users", "signUpOndernemerAction")]: { public: "a new entrepreneur signs up (name + e-mail only)" },
};

const als = new AsyncLocalStorage<Actor>();
session.store = als;

const REFUSED = new Set(["FORBIDDEN", "NOT_FOUND"]);
const PASSED_AUTH = (code: string | undefined) => code !== "FORBIDDEN" && code !== "UNAUTHENTICATED";
const figures = {
  actions: 0,
  wrongRoleCalls: 0,
  wrongRoleRefused: 0,
  controlCalls: 0,
  selfCalls: 0,
  routes: 0,
  routeCalls: 0,
  routeRefused: 0,
};

type G = Awaited<ReturnType<typeof createGemeente>>;
type UserActor = Extract<Actor, { kind: "user" }>;
let a: G;
let b: G;
let victim: { id: string; email: string };
const ids: string[] = [];
/** Rows of A the shapes aim at: one per model that actions take an id of (all tenant models would only add time). */
const TARGETS = [
  "Vestiging",
  "CoalitionPartner",
  "Signal",
  "Event",
  "EventRegistration",
  "Doubt",
  "OrganisationClaim",
  "ApiKey",
  "Campaign",
  "KlankbordMember",
  "KlankbordInput",
  "ContactPerson",
  "ContactMoment",
  "Milestone",
  "Contribution",
  "PropositionItem",
  "MailTemplate",
  "SupportOffer",
  "Membership",
];
const targetIds: string[] = [];
const actorsA = new Map<TenantRole, UserActor>();
const actorsB = new Map<TenantRole, UserActor>();
let adviser: UserActor;
let admin: UserActor;
let nobody: UserActor;
const keys = new Map<TenantRole, string>();

async function realActor(user: { id: string }): Promise<UserActor> {
  const row = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const actor = await loadActor({ userId: user.id, sessionVersion: row.sessionVersion });
  if (!actor) throw new Error("evidence: could not load the actor");
  return actor;
}

async function member(g: G, role: TenantRole): Promise<UserActor> {
  const user = await createUser();
  // The entrepreneur has an organisation of their own (not the one that owns A's rows).
  const organisationId = role === "ONDERNEMER" ? String((await insertRow("Organisation", g.id)).id) : null;
  await ownerDb().membership.create({ data: { userId: user.id, gemeenteId: g.id, role, organisationId } });
  return realActor(user);
}

async function tableCounts(): Promise<Record<string, number>> {
  const { rows } = await ownerQuery<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const r of rows)
    out[r.table_name] = (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(r.table_name)}`)).rows[0].n;
  return out;
}
/** md5 of every row of every table (an UPDATE keeps the count; this catches it). */
async function digest(skip: string[] = []): Promise<Record<string, string | null>> {
  const counts = await tableCounts();
  const out: Record<string, string | null> = {};
  for (const t of Object.keys(counts)) {
    if (skip.includes(t)) continue;
    out[t] = (
      await ownerQuery<{ d: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM ${quoteIdent(t)} t`)
    ).rows[0].d;
  }
  return out;
}

function isRedirect(e: unknown): boolean {
  const d = (e as { digest?: unknown })?.digest;
  return typeof d === "string" && d.startsWith("NEXT_REDIRECT");
}

/** Argument shapes aimed at real rows of A: plausible objects, FormData, ids, arrays of ids. */
function shapes(slug: string, input: unknown, few = false): unknown[][] {
  const obj = input ?? {
    name: "Rol-test",
    title: "Rol-test",
    reason: "Rol-test",
    description: "Rol-test",
    role: "REGISSEUR",
    userId: victim.id,
    email: victim.email,
    kind: "WELZIJN",
    circle: "LOKALE_COALITIE",
    to: "VERBINDEN",
    status: "DONE",
    year: 2026,
  };
  const fd = new FormData();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) fd.set(k, String(v));
  return [
    [slug, obj],
    [slug, null, fd],
    ...(few ? targetIds.slice(0, 1) : targetIds).flatMap((id) => [
      [slug, id, obj],
      [slug, id, null, fd],
    ]),
    [slug, targetIds.slice(0, 3)],
    [slug, targetIds[0], targetIds.slice(0, 3)],
    [obj],
  ];
}

async function callAs(
  actor: Actor,
  fn: (...args: unknown[]) => Promise<unknown>,
  args: unknown[],
): Promise<{ code?: string; ok?: boolean; threw?: string }> {
  return als.run(actor, async () => {
    try {
      const r = (await fn(...args)) as { ok?: boolean; code?: string } | null | undefined;
      return { ok: r?.ok, code: r?.ok === false ? String(r.code) : undefined };
    } catch (e) {
      return isRedirect(e) ? { ok: false, code: "REDIRECT" } : { threw: `${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}` };
    }
  });
}

/** The source of one exported action (up to the next export), for the static cross-check. */
function sourceOf(file: string, name: string): string {
  const src = readFileSync(file, "utf8");
  const start = src.indexOf(`export async function ${name}(`);
  if (start < 0) return "";
  const next = src.indexOf("\nexport ", start + 1);
  return src.slice(start, next < 0 ? undefined : next);
}

beforeAll(async () => {
  a = await createGemeente({ name: "Rolstad" });
  b = await createGemeente({ name: "Buurgemeente" });
  for (const m of TENANT_MODELS) ids.push(String((await insertRow(m, a.id)).id));
  for (const t of TARGETS)
    if ((TENANT_MODELS as readonly string[]).includes(t)) targetIds.push(ids[(TENANT_MODELS as readonly string[]).indexOf(t)]);
  for (const role of TENANT_ROLES) {
    actorsA.set(role, await member(a, role));
    actorsB.set(role, await member(b, role));
  }
  adviser = await realActor(await createUser({ platformRole: "PROGRAMME_ADVISER" }));
  admin = await realActor(await createUser({ platformRole: "PLATFORM_ADMIN" }));
  nobody = await realActor(await createUser());
  for (const role of TENANT_ROLES) keys.set(role, (await keyFor(a, role, `Rol ${role}`)).key);
  const v = await createUser();
  await ownerDb().membership.create({ data: { userId: v.id, gemeenteId: a.id, role: "VRIJWILLIGER" } });
  victim = { id: v.id, email: v.email };
}, 300_000);

afterAll(async () => {
  writeFigures("authz-roles", figures);
  await closeOwnerDb();
});

const modules = actionModules();

describe("the requirement table covers every server action on disk", () => {
  it("every exported action has an entry, every entry exists, and the permission matches the source", async () => {
    const onDisk: string[] = [];
    for (const file of modules) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, v] of Object.entries(mod)) if (typeof v === "function") onDisk.push(`${rel(file)}#${name}`);
    }
    expect(
      onDisk.filter((k) => !(k in ACTION_REQUIREMENTS)),
      "actions without an entry in ACTION_REQUIREMENTS",
    ).toEqual([]);
    expect(
      Object.keys(ACTION_REQUIREMENTS).filter((k) => !onDisk.includes(k)),
      "entries for actions that no longer exist",
    ).toEqual([]);
    const drift: string[] = [];
    for (const [key, req] of Object.entries(ACTION_REQUIREMENTS)) {
      const [file, name] = key.split("#");
      const src = sourceOf(file, name);
      if ("tenant" in req) {
        // Directly, through a module-level wrapper (act(…, "perm") / const manage = … "perm").
        const perms = new Set([...src.matchAll(/"([a-z]+:[a-z]+)"/g)].map((m) => m[1]));
        if (perms.size === 0)
          for (const m of readFileSync(file, "utf8").matchAll(/requireTenant\([^;]*?"([a-z]+:[a-z]+)"/g)) perms.add(m[1]);
        if (!perms.has(req.tenant) || perms.size !== 1)
          drift.push(`${key}: table says ${req.tenant}, source has ${[...perms].join(",") || "none"}`);
      }
      if ("self" in req && !/requireUser\(|requireTenant\(|await getActor\(\)/.test(src))
        drift.push(`${key}: no session check in the source`);
    }
    expect(drift).toEqual([]);
    expect(Object.values(ACTION_REQUIREMENTS).filter((r) => "public" in r).length).toBeLessThanOrEqual(8);
  });
});

describe("server actions: the wrong role is refused and changes nothing", () => {
  it.each(modules.map((f) => [rel(f), f]))("%s", { timeout: 300_000 }, async (relFile, file) => {
    const mod = (await import(file)) as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const before = await digest();
    const problems: string[] = [];
    const controls: [string, Actor, (...a: unknown[]) => Promise<unknown>, unknown[][]][] = [];
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== "function") continue;
      const req = ACTION_REQUIREMENTS[`${relFile}#${name}`];
      if (!req || "public" in req || "self" in req) continue;
      figures.actions++;
      const permission = "tenant" in req ? req.tenant : req.platform;
      const domainRefused = "tenant" in req ? (req.refused ?? []) : [];
      const wrong: [string, Actor][] = [];
      for (const role of TENANT_ROLES) {
        if ("platform" in req || !can(role, permission) || domainRefused.includes(role)) wrong.push([`${role} of A`, actorsA.get(role)!]);
      }
      // Another gemeente's strongest role, and its entrepreneur; platform roles; a user without any role.
      wrong.push(
        ["REGISSEUR of B", actorsB.get("REGISSEUR")!],
        ["ONDERNEMER of B", actorsB.get("ONDERNEMER")!],
        ["programme adviser", adviser],
        ["no membership", nobody],
      );
      if (!can("PLATFORM_ADMIN", permission)) wrong.push(["platform admin", admin]);
      const args = shapes(a.slug, "tenant" in req ? req.input : undefined);
      // Outside A (another gemeente, no membership, platform roles) the refusal comes before any row is read: fewer shapes.
      const fewArgs = shapes(a.slug, "tenant" in req ? req.input : undefined, true);
      // Every shape for the first wrong role of A and for roles refused by a domain rule (those
      // need the real row); fewer for the others (refused by the permission check, before any row is read).
      const full = new Set([wrong.find(([w]) => w.endsWith("of A"))?.[0], ...domainRefused.map((r) => `${r} of A`)]);
      await Promise.all(
        wrong.map(async ([who, actor]) => {
          let forbiddenSeen = false;
          for (const shape of full.has(who) ? args : fewArgs) {
            figures.wrongRoleCalls++;
            const r = await callAs(actor, fn, shape);
            if (r.code === "FORBIDDEN") forbiddenSeen = true;
            const domainGate =
              "tenant" in req &&
              domainRefused.includes(who.split(" ")[0] as TenantRole) &&
              can(who.split(" ")[0], permission) &&
              who.endsWith("of A");
            // A domain-level gate runs after the id lookup/validation, so those refusals may also be VALIDATION.
            if (r.ok === false && (REFUSED.has(String(r.code)) || (domainGate && r.code === "VALIDATION"))) figures.wrongRoleRefused++;
            else problems.push(`${name} as ${who} (${shape.length} args) → ${JSON.stringify(r).slice(0, 160)}`);
          }
          // A role in A that lacks the permission must be told FORBIDDEN (not just "not found").
          if (who.endsWith("of A") && !forbiddenSeen) problems.push(`${name} as ${who}: never FORBIDDEN`);
        }),
      );
      // Control: one actor that has the permission, same argument shapes (run after the check below).
      const right =
        "platform" in req
          ? admin
          : (TENANT_ROLES.filter((r) => can(r, permission) && !domainRefused.includes(r)).map((r) => actorsA.get(r)!)[0] ??
            (can("PLATFORM_ADMIN", permission) ? admin : undefined));
      if (!right) problems.push(`${name}: no role has ${permission}`);
      else controls.push([name, right, fn, args.slice(0, 6)]);
    }
    expect(problems).toEqual([]);
    expect(await digest()).toEqual(before);

    // The control calls may change rows (that is the point): they come after the comparison.
    const controlProblems: string[] = [];
    for (const [name, actor, fn, shapesForControl] of controls) {
      const codes: string[] = [];
      for (const shape of shapesForControl) {
        figures.controlCalls++;
        const r = await callAs(actor, fn, shape);
        codes.push(r.threw ? "THREW" : r.ok ? "OK" : String(r.code));
      }
      if (!codes.some((c) => PASSED_AUTH(c)))
        controlProblems.push(`${name}: the role with the permission never got past the check (${codes.join(",")})`);
      // Odd shapes from a caller who may act are bad input (a Dutch validation error), never a server fault.
      if (codes.includes("INTERNAL")) controlProblems.push(`${name}: INTERNAL for the role with the permission (${codes.join(",")})`);
    }
    expect(controlProblems).toEqual([]);
  });
});

describe("self-service actions act on the caller's own account only", () => {
  const selfActions = Object.entries(ACTION_REQUIREMENTS).filter(([, r]) => "self" in r);
  it.each(selfActions.map(([k]) => [k]))("%s", async (key) => {
    const [file, name] = key.split("#");
    const fn = ((await import(path.join(ROOT, file))) as Record<string, (...a: unknown[]) => Promise<unknown>>)[name];
    const victimRows = async () => ({
      user: (await ownerQuery(`SELECT u::text AS r FROM "User" u WHERE id = $1`, [victim.id])).rows,
      memberships: (await ownerQuery(`SELECT m::text AS r FROM "Membership" m WHERE "userId" = $1 ORDER BY 1`, [victim.id])).rows,
      tenantA: await Promise.all(
        TENANT_MODELS.map(async (m, i) => (await ownerQuery(`SELECT t::text AS r FROM ${quoteIdent(m)} t WHERE id = $1`, [ids[i]])).rows),
      ),
    });
    const before = await victimRows();
    // Fresh callers (this may delete or change the caller's own account): A's regisseur-like member and B's entrepreneur.
    for (const [g, role] of [
      [a, "REGISSEUR"],
      [b, "ONDERNEMER"],
    ] as const) {
      const caller = await member(g, role);
      const input = {
        userId: victim.id,
        email: victim.email,
        id: victim.id,
        confirm: true,
        confirmation: "VERWIJDER",
        code: "000000",
        name: "Overname",
        kvk: "12345678",
      };
      for (const shape of [[input], [a.slug, input], [victim.id], [a.slug, victim.id, input], []]) {
        figures.selfCalls++;
        const r = await callAs(caller, fn, shape);
        expect(r.threw, `${name} threw`).toBeUndefined();
      }
    }
    expect(await victimRows()).toEqual(before);
  });
});

/** The permission a route method requires: apiRoute("perm", …), or the one requireTenant(…, "perm") of a hand-written handler. */
function routePermission(source: string, method: string): Permission | undefined {
  const declared = new RegExp(`export const ${method} = apiRoute\\(\\s*"([a-z]+:[a-z]+)"`).exec(source)?.[1];
  if (declared) return declared as Permission;
  if (!new RegExp(`export async function ${method}\\(`).test(source)) return undefined;
  const perms = [...source.matchAll(/requireTenant\([^;]*?"([a-z]+:[a-z]+)"/g)].map((x) => x[1]);
  return perms.length === 1 ? (perms[0] as Permission) : undefined;
}

describe("mutating /api/v1 routes: a key of the wrong role gets 403 and changes nothing", () => {
  const routes = routeHandlers().filter(
    (r) => r.route.startsWith("/api/v1/") && r.methods.some((m) => (MUTATING as readonly string[]).includes(m)),
  );

  it("finds the routes and reads each method's permission", () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      for (const m of r.methods.filter((x) => (MUTATING as readonly string[]).includes(x))) {
        expect(
          routePermission(r.source, m) !== undefined || new RegExp(`export const ${m} = publicApiRoute\\(`).test(r.source),
          `${r.route} ${m}: declare it with apiRoute("permission", …)`,
        ).toBe(true);
      }
    }
  });

  it.each(routes.map((r) => [r.route, r] as const))("%s", { timeout: 120_000 }, async (_route, r) => {
    figures.routes++;
    const mod = (await import(r.file)) as Record<string, Parameters<typeof call>[0]>;
    const dynamic = [...r.route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]).filter((d) => d !== "gemeente");
    const problems: string[] = [];
    // ApiKey rows record their last use: compare everything else byte for byte, ApiKey by count.
    const before = await digest(["ApiKey"]);
    const countBefore = (await tableCounts()).ApiKey;
    const controls: [string, string, Record<string, string>, string][] = [];
    for (const method of r.methods.filter((m) => (MUTATING as readonly string[]).includes(m))) {
      const perm = routePermission(r.source, method);
      if (!perm) continue; // publicApiRoute: public on purpose
      const wrongRoles = TENANT_ROLES.filter((x) => !can(x, perm));
      for (const role of wrongRoles) {
        // Every target row for the first wrong role; the permission is checked before any lookup, so one row for the rest.
        for (const id of dynamic.length ? (role === wrongRoles[0] ? targetIds : targetIds.slice(0, 1)) : [""]) {
          const params: Record<string, string> = { gemeente: a.slug };
          for (const d of dynamic) params[d] = id;
          const path = r.route.replace(/\[([^\]]+)\]/g, (_, d: string) => params[d]);
          figures.routeCalls++;
          const res = await call(mod[method], {
            method,
            path,
            params,
            key: keys.get(role),
            body: method === "DELETE" ? undefined : { name: "Rol-test", reason: "Rol-test", to: "VERBINDEN" },
          });
          if (res.status === 403) figures.routeRefused++;
          else problems.push(`${role} ${method} ${path} → ${res.status}`);
        }
      }
      const right = TENANT_ROLES.find((x) => can(x, perm));
      if (!right) problems.push(`${method}: no role has ${perm}`);
      else {
        const params: Record<string, string> = { gemeente: a.slug };
        for (const d of dynamic) params[d] = ids[0];
        controls.push([method, keys.get(right)!, params, r.route.replace(/\[([^\]]+)\]/g, (_, d: string) => params[d])]);
      }
    }
    expect(problems).toEqual([]);
    expect(await digest(["ApiKey"])).toEqual(before);
    expect((await tableCounts()).ApiKey).toBe(countBefore);
    for (const [method, key, params, path] of controls) {
      const res = await call(mod[method], { method, path, params, key, body: method === "DELETE" ? undefined : { name: "Rol-test" } });
      expect(res.status, `${method} ${path} with a key that has the permission`).not.toBe(403);
      expect(res.status).not.toBe(401);
    }
  });
});

describe("summary", () => {
  it("N attempts, 0 succeeded", () => {
    expect(figures.wrongRoleCalls).toBeGreaterThan(0);
    expect(figures.wrongRoleRefused).toBe(figures.wrongRoleCalls);
    expect(figures.routeRefused).toBe(figures.routeCalls);
  });
});
