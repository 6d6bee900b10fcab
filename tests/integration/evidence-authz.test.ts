/**
 * Evidence 3 — every server action and every mutating route handler checks authentication itself.
 * Discovered on disk, so actions and routes other engineers add are covered automatically:
 *   - each exported function of src/modules/<m>/actions.ts, called with no session (getActor() is
 *     anonymous outside a request), with several argument shapes aimed at REAL rows, must return
 *     UNAUTHENTICATED/FORBIDDEN/NOT_FOUND (or throw a redirect) and change no row in any table;
 *   - each POST/PUT/PATCH/DELETE exported from src/app/**\/route.ts, called without credentials and
 *     with a foreign Origin, must answer 401/403/404/405 and change nothing;
 *   - route handlers that read the session cookie must check the Origin (static check).
 * The explicit allowlists below name what is public on purpose, and a test keeps them small.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { insertRow, quoteIdent, writeFigures } from "../support/evidence/catalog";
import { actionModules, MUTATING, rel, routeHandlers } from "../support/evidence/discover";

/** Public on purpose, with the reason. Each is still called anonymously and must change nothing. */
export const PUBLIC_ACTIONS: Record<string, string> = {
  "src/modules/offer/actions.ts#confirmOfferAction": "the signed token from the provider's e-mail is the authorisation",
  "src/modules/signals/actions.ts#submitPublicSignalAction": "the public worry form (/g/[gemeente]/zorgen): anyone may report, by design",
  "src/modules/users/actions.ts#signUpOndernemerAction":
    "a new entrepreneur signs up (name + e-mail only; an existing account is never changed)",
  "src/modules/events/actions.ts#registerPublicGuestAction":
    "the public agenda (/g/[gemeente]/agenda): anyone registers with name and e-mail for a public event, throttled per address",
  "src/modules/events/actions.ts#respondToInvitationAction": "the signed personal invitation link is the authorisation",
  "src/modules/events/actions.ts#cancelGuestAction": "the signed cancel link from the confirmation mail is the authorisation",
  "src/modules/signals/actions.ts#answerFeedbackAction":
    "the single-use link in the reporter's mail (after a signal is closed) is the authorisation",
};
export const PUBLIC_MUTATING_ROUTES: Record<string, string> = {
  "/api/auth/[...nextauth] POST":
    "next-auth's own sign-in/sign-out endpoints (double-submit CSRF token); covered by auth-credentials/auth-email-link tests",
};

const REFUSED_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const figures = { actions: 0, actionCalls: 0, actionRefused: 0, routes: 0, routeCalls: 0, routeRefused: 0, changedRows: 0 };

let g: Awaited<ReturnType<typeof createGemeente>>;
const ids: string[] = [];

async function tableCounts(): Promise<Record<string, number>> {
  const { rows } = await ownerQuery<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const out: Record<string, number> = {};
  for (const r of rows)
    out[r.table_name] = (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(r.table_name)}`)).rows[0].n;
  return out;
}
async function tableDigest(): Promise<string> {
  // Content digest of every tenant table, so an UPDATE (same count) is caught too.
  const parts: string[] = [];
  for (const m of TENANT_MODELS) {
    const { rows } = await ownerQuery<{ d: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS d FROM ${quoteIdent(m)} t`,
    );
    parts.push(`${m}:${rows[0].d}`);
  }
  return parts.join(",");
}

beforeAll(async () => {
  g = await createGemeente({ name: "Anoniemstad" });
  for (const m of TENANT_MODELS) ids.push(String((await insertRow(m, g.id)).id));
});
afterAll(async () => {
  writeFigures("authz", figures);
  await closeOwnerDb();
});

function isRedirect(e: unknown): boolean {
  const digest = (e as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

describe("server actions: anonymous calls are refused and change nothing", () => {
  const modules = actionModules();
  it("discovers the action modules", () => {
    expect(modules.length).toBeGreaterThanOrEqual(5);
  });

  it("the public allowlist is small and every entry exists", async () => {
    expect(Object.keys(PUBLIC_ACTIONS).length).toBeLessThanOrEqual(7);
    for (const key of Object.keys(PUBLIC_ACTIONS)) {
      const [file, name] = key.split("#");
      expect(readFileSync(file, "utf8")).toContain(`export async function ${name}`);
    }
  });

  it.each(modules.map((f) => [rel(f), f]))("%s", async (relFile, file) => {
    const mod = (await import(file)) as Record<string, unknown>;
    const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, (...a: unknown[]) => Promise<unknown>][];
    expect(actions.length).toBeGreaterThan(0);
    const countsBefore = await tableCounts();
    const digestBefore = await tableDigest();
    const problems: string[] = [];
    for (const [name, fn] of actions) {
      figures.actions++;
      const input = {
        name: "Anoniem",
        title: "Anoniem",
        reason: "anoniem",
        role: "REGISSEUR",
        userId: ids[0],
        id: ids[0],
        gemeenteId: g.id,
        token: "x",
      };
      const shapes: unknown[][] = [
        [g.slug, ...ids.slice(0, 1), input],
        ...ids.map((id) => [g.slug, id, input]),
        [g.slug, input],
        [input],
        [],
        [g.slug, ids[3], ids[4]],
      ];
      for (const args of shapes) {
        figures.actionCalls++;
        try {
          const result = (await fn(...args)) as { ok?: boolean; code?: string } | undefined;
          const isPublic = `${relFile}#${name}` in PUBLIC_ACTIONS;
          if (result && result.ok === false && (isPublic || REFUSED_CODES.has(String(result.code)))) figures.actionRefused++;
          else problems.push(`${name}(${args.length} args) → ${JSON.stringify(result)?.slice(0, 120)}`);
        } catch (e) {
          if (isRedirect(e)) figures.actionRefused++;
          else problems.push(`${name}(${args.length} args) threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await tableCounts()).toEqual(countsBefore);
    expect(await tableDigest()).toBe(digestBefore);
  });
});

describe("mutating route handlers: anonymous and foreign-Origin requests are refused", () => {
  const routes = routeHandlers().filter((r) => r.methods.some((m) => (MUTATING as readonly string[]).includes(m)));

  it("the public allowlist is small and every entry exists", () => {
    expect(Object.keys(PUBLIC_MUTATING_ROUTES).length).toBeLessThanOrEqual(3);
    for (const key of Object.keys(PUBLIC_MUTATING_ROUTES)) {
      const [route, method] = key.split(" ");
      expect(routes.find((r) => r.route === route)?.methods).toContain(method);
    }
  });

  it("route handlers that use the session cookie check the Origin", () => {
    const cookieAuthed = routeHandlers().filter(
      (r) =>
        /getActor\(|getServerSession\(|cookies\(\)/.test(r.source) && r.methods.some((m) => (MUTATING as readonly string[]).includes(m)),
    );
    const missing = cookieAuthed.filter(
      (r) =>
        !/assertSameOrigin|isSameOrigin/.test(r.source) && !Object.keys(PUBLIC_MUTATING_ROUTES).some((k) => k.startsWith(r.route + " ")),
    );
    expect(missing.map((r) => r.route)).toEqual([]);
  });

  it.each(routes.map((r) => [r.route, r] as const))("%s", async (_route, r) => {
    const mod = (await import(r.file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
    const countsBefore = await tableCounts();
    const digestBefore = await tableDigest();
    const problems: string[] = [];
    figures.routes++;
    for (const method of r.methods.filter((m) => (MUTATING as readonly string[]).includes(m))) {
      if (`${r.route} ${method}` in PUBLIC_MUTATING_ROUTES) continue;
      const dynamic = [...r.route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
      for (const id of ids) {
        for (const headers of [
          {},
          { origin: "https://evil.example" },
          { origin: "null", cookie: "next-auth.session-token=forged" },
        ] as Record<string, string>[]) {
          const params: Record<string, string> = {};
          for (const d of dynamic) params[d] = d === "gemeente" ? g.slug : id;
          const url = "http://localhost:3305" + r.route.replace(/\[([^\]]+)\]/g, (_, d) => params[d]);
          const req = new Request(url, {
            method,
            headers: { "content-type": "application/json", ...headers },
            body: method === "DELETE" ? undefined : JSON.stringify({ name: "Anoniem" }),
          });
          figures.routeCalls++;
          const res = await mod[method](req, { params: Promise.resolve(params) });
          if ([401, 403, 404, 405].includes(res.status)) figures.routeRefused++;
          else problems.push(`${method} ${url} ${JSON.stringify(headers)} → ${res.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await tableCounts()).toEqual(countsBefore);
    expect(await tableDigest()).toBe(digestBefore);
  });

  it("counts", () => {
    figures.changedRows = 0;
    expect(figures.actionRefused).toBe(figures.actionCalls);
  });
});
