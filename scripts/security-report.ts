/**
 * npm run security:report — runs the evidence tests against real PostgreSQL, then writes the
 * figures of this run to docs/security-report.json and into the "Figures of the last run"
 * section of docs/security.md (between the FIGURES markers). Exit code 1 when a check failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkVersions } from "./check-versions";

const root = process.cwd();
const figuresDir = path.join(root, "test-results/evidence");
rmSync(figuresDir, { recursive: true, force: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
function run(args: string[]) {
  const started = Date.now();
  const r = spawnSync("npx", args, { stdio: "inherit", env });
  return { command: `npx ${args.join(" ")}`, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
}

const runs = [
  run([
    "vitest",
    "run",
    "--project",
    "integration",
    "tests/integration/evidence-",
    "tests/integration/rls-audit.test.ts",
    "tests/integration/hardening-",
  ]),
  // Issue 21: the resident's data through its whole life, the audit anchor, sign-up throttling, worst-case input.
  run([
    "vitest",
    "run",
    "--project",
    "integration",
    "tests/integration/signals-lifecycle.test.ts",
    "tests/integration/signals-audit-anchor.test.ts",
    "tests/integration/users-sign-up-throttle.test.ts",
    "tests/integration/engagement-import-dos.test.ts",
  ]),
  run([
    "vitest",
    "run",
    "--project",
    "unit",
    "tests/unit/evidence-check-versions.test.ts",
    "tests/unit/csp-inline-style.test.ts",
    "src/lib/csv",
  ]),
];

const figures: Record<string, unknown> = {};
if (existsSync(figuresDir))
  for (const f of readdirSync(figuresDir)) figures[f.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(figuresDir, f), "utf8"));
const versions = checkVersions(root);
const report = { at: new Date().toISOString(), ok: runs.every((r) => r.ok) && versions.every((v) => v.ok), runs, figures, versions };
writeFileSync(path.join(root, "docs/security-report.json"), JSON.stringify(report, null, 2) + "\n");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = figures as any;
const lines = [
  `Last run: ${report.at} — ${report.ok ? "all checks green" : "**SOME CHECKS FAILED**"}.`,
  "",
  "| Check | Figure |",
  "|---|---|",
  f["tenant-matrix"] &&
    `| Tenant isolation matrix (${f["tenant-matrix"].models} tenant models) | **${f["tenant-matrix"].attempts} attempts, ${f["tenant-matrix"].succeeded} succeeded** (choke point ${f["tenant-matrix"].byLayer["choke-point"]?.attempts ?? 0}, raw SQL under RLS ${f["tenant-matrix"].byLayer["rls-raw-sql"]?.attempts ?? 0}, API ${f["tenant-matrix"].byLayer.api?.attempts ?? 0}) |`,
  f.authz &&
    `| Server actions called anonymously | ${f.authz.actions} actions, ${f.authz.actionCalls} calls, ${f.authz.actionRefused} refused, ${f.authz.changedRows} rows changed |`,
  f.authz &&
    `| Mutating route handlers, anonymous / foreign or missing Origin | ${f.authz.routes} routes, ${f.authz.routeCalls} requests, ${f.authz.routeRefused} refused |`,
  f["authz-roles"] &&
    `| Server actions called by a logged-in actor of the WRONG role (other roles of the gemeente, another gemeente, platform roles, no membership) | ${f["authz-roles"].actions} actions, **${f["authz-roles"].wrongRoleCalls} attempts, ${f["authz-roles"].wrongRoleCalls - f["authz-roles"].wrongRoleRefused} succeeded**, 0 rows changed; control: ${f["authz-roles"].controlCalls} calls by the right role got past the check |`,
  f["authz-roles"] &&
    `| Mutating /api/v1 routes with an API key of the wrong role | ${f["authz-roles"].routes} routes, **${f["authz-roles"].routeCalls} attempts, ${f["authz-roles"].routeCalls - f["authz-roles"].routeRefused} succeeded** (403), 0 rows changed |`,
  f["authz-roles"] &&
    `| Self-service actions aimed at another user's account | ${f["authz-roles"].selfCalls} calls, the other user's rows unchanged |`,
  f.headers && `| Security headers | ${f.headers.headers.join(", ")} |`,
  f.hsts &&
    `| HSTS (production over https, APP_URL https://…) | \`${f.hsts.https}\`; over plain http: ${f.hsts.plainHttp ? `\`${f.hsts.plainHttp}\`` : "not sent"} |`,
  f.csp &&
    `| Content-Security-Policy (per request, src/proxy.ts) | \`${f.csp.csp}\` — ${f.csp.noncesChecked} requests, ${f.csp.noncesChecked} distinct nonces |`,
  f.cookies &&
    `| next-auth cookies over https | ${Object.entries(
      f.cookies.cookies as Record<string, { httpOnly: boolean; sameSite: string; secure: boolean }>,
    )
      .map(([n, c]) => `${n}: ${c.httpOnly ? "httpOnly" : "NOT httpOnly"}, sameSite=${c.sameSite}, ${c.secure ? "Secure" : "NOT Secure"}`)
      .join("; ")} |`,
  f["hostile-input"] &&
    `| Hostile input: zod schemas | ${f["hostile-input"].schemas} schemas, ${f["hostile-input"].schemaRuns} inputs, ${f["hostile-input"].schemaThrows} throws |`,
  f["hostile-input"] &&
    `| Hostile input: API | ${f["hostile-input"].routes} routes, ${f["hostile-input"].requests} requests, **${f["hostile-input"].http500} × HTTP 500, ${f["hostile-input"].stackTraces} stack traces** |`,
  f["hostile-input"] &&
    `| Validation messages left in zod's English default (finding, not gated) | ${f["hostile-input"].englishDefaultMessages} |`,
  f["tenant-fks"] &&
    `| Foreign keys between tenant tables with a composite (gemeenteId, …) twin | **${f["tenant-fks"].relationsWithTwin} of ${f["tenant-fks"].relations}**; tenant tables reaching Gemeente by key: ${f["tenant-fks"].tablesReachingGemeente} of ${f["tenant-fks"].tenantTables} (exception: ${(f["tenant-fks"].exceptions ?? []).join(", ")}); a cross-gemeente reference refused by PostgreSQL: ${f["tenant-fks"].crossGemeenteInsertRefused ? "yes" : "NO"} |`,
  f["signal-lifecycle"] &&
    `| Erasure completeness (every column in the personal-data register, signals/server/common.ts) | ${f["signal-lifecycle"].erasure.fields} columns; cleared by erasure ${f["signal-lifecycle"].erasure.clearedByErasure}/${f["signal-lifecycle"].erasure.fields}, by retention ${f["signal-lifecycle"].erasure.clearedByRetention}/${f["signal-lifecycle"].erasure.fields}; an erased signal refused: ${f["signal-lifecycle"].erasedRefused.join(", ")} |`,
  f["signal-lifecycle"] &&
    `| Restriction (AVG art. 18): storage only | refused while restricted: ${f["signal-lifecycle"].restrictedRefused.join(", ")}; work goes on after lifting: ${f["signal-lifecycle"].restrictionLifted ? "yes" : "NO"} |`,
  f["signal-lifecycle"] &&
    `| Retention of stale open signals (ONTVANGEN, five years old) | notice to the regisseur first: ${f["signal-lifecycle"].stale.noticedFirst ? "yes" : "NO"}; erased 14 days after the notice: ${f["signal-lifecycle"].stale.erasedAfterNotice ? "yes" : "NO"}; picked up after the notice → kept: ${f["signal-lifecycle"].stale.touchedKept ? "yes" : "NO"} |`,
  f["signal-lifecycle"] &&
    `| One undecryptable value | ${f["signal-lifecycle"].unreadable.reported} reported (id, field) and skipped; lookup, erasure and key rotation went on: ${f["signal-lifecycle"].unreadable.lookupWentOn && f["signal-lifecycle"].unreadable.erasureWentOn && f["signal-lifecycle"].unreadable.rotationWentOn ? "yes" : "NO"} |`,
  f["audit-anchor"] &&
    `| Audit chain: truncation / rewriting (keyed HMAC chain, anchors outside the database) | entries keyed: ${f["audit-anchor"].keyed ? "yes" : "NO"}; newest entries deleted → ${f["audit-anchor"].truncation.join(", ")} (forged anchor file: ${f["audit-anchor"].forgedAnchor}); read entries deleted + hashes recomputed without the key → ${f["audit-anchor"].rewrite.join(", ")}; whole chain recomputed → with anchor: ${f["audit-anchor"].fullDowngradeWithAnchor.join(", ")}; head in the regisseur's digest: ${f["audit-anchor"].digestHasHead ? "yes" : "NO"} |`,
  f["sign-up-throttle"] &&
    `| Public sign-up throttling | ${f["sign-up-throttle"].burst} sign-ups at once from one client: **${f["sign-up-throttle"].accepted} accepted, ${f["sign-up-throttle"].refused} refused**; another client unaffected: ${f["sign-up-throttle"].otherClientOk ? "yes" : "NO"}; overall limit refuses: ${f["sign-up-throttle"].overallRefused ? "yes" : "NO"}; typed name in the first mail: ${f["sign-up-throttle"].firstMailNamed ? "YES" : "no"} |`,
  f["worst-input"] &&
    `| Worst-case input timing (longlist import over a real HTTP server; /api/health polled every 100 ms) | ${(f["worst-input"].cases as { input: string; status: number; requestMs: number; healthMaxMs: number }[]).map((c) => `${c.input}: HTTP ${c.status} in ${c.requestMs} ms, slowest health answer **${c.healthMaxMs} ms**`).join("; ")} |`,
  f["spoofed-address"] &&
    `| Login after 5 wrong passwords, with a forged X-Real-IP / X-Forwarded-For (client address = the connection, TRUSTED_PROXIES) | ${f["spoofed-address"].forgedHeaderLogins} attempts, **${f["spoofed-address"].stillLimited} still RATE_LIMITED** |`,
  f["signout-replay"] &&
    `| Old session cookie replayed after POST /api/auth/signout | session opened: **${f["signout-replay"].replayedSessionOpened ? "YES" : "no"}**; the same user's other device still signed in: ${f["signout-replay"].otherDeviceStillSignedIn ? "yes" : "no"} |`,
  f["patch-preservation"] &&
    `| PATCH with one field (ondernemer, partner) | ${f["patch-preservation"].routes} routes; unsent fields cleared: **${f["patch-preservation"].unsentFieldsCleared} of ${f["patch-preservation"].unsentFieldsChecked}** |`,
  f["audit-survival"] &&
    `| DELETE / UPDATE / TRUNCATE on Gemeente, audit and step history as samenkracht_app | ${f["audit-survival"].attemptsAsAppRole} attempts, **${f["audit-survival"].succeeded} succeeded**; audit rows ${f["audit-survival"].auditRowsBefore} → ${f["audit-survival"].auditRowsAfter}, steps ${f["audit-survival"].stepsBefore} → ${f["audit-survival"].stepsAfter} |`,
  ...["nul", "lone-surrogate"].map(
    (k) =>
      f[`unstorable-text-${k}`] &&
      `| Text with ${k === "nul" ? "a NUL byte" : "a lone surrogate"} (API) | ${f[`unstorable-text-${k}`].requests} requests: ${f[`unstorable-text-${k}`].http422} × Dutch 422, **${f[`unstorable-text-${k}`].http500} × 500**, ${f[`unstorable-text-${k}`].rowsStored} rows stored |`,
  ),
  f["signal-visibility"] &&
    `| Signal fields per role (one table, src/modules/signals/visibility.ts) | ${Object.entries(
      f["signal-visibility"].table as Record<string, string>,
    )
      .map(([field, roles]) => `${field}: ${roles}`)
      .join("; ")} |`,
  f.faults &&
    `| Faults: connection killed mid-transaction | ${f.faults.killedMidTransaction} kills, ${f.faults.partialWrites} partial writes, ${f.faults.recoveries} recoveries, outage recovered: ${f.faults.outageRecovered} |`,
  ...versions.map((v) => `| ${v.pkg} installed | ${v.installed} (≥ ${v.min}: ${v.ok ? "ok" : "TOO OLD"}) |`),
  ...runs.map((r) => `| \`${r.command}\` | ${r.ok ? "passed" : "FAILED"} in ${r.seconds} s |`),
].filter(Boolean);

const doc = path.join(root, "docs/security.md");
const text = readFileSync(doc, "utf8");
const start = "<!-- FIGURES:START -->";
const end = "<!-- FIGURES:END -->";
const next = text.includes(start)
  ? text.slice(0, text.indexOf(start) + start.length) + "\n" + lines.join("\n") + "\n" + text.slice(text.indexOf(end))
  : text;
writeFileSync(doc, next);
console.log(lines.join("\n"));
process.exit(report.ok ? 0 : 1);
