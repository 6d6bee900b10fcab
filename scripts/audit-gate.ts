/**
 * Dependency gate for CI (issue 7, item 7): `npm audit` must report no high or critical finding.
 *
 *   npx tsx scripts/audit-gate.ts          # exit 1 on a high/critical finding or a failed minimum
 *
 * When the registry cannot answer audit requests (this machine's npm registry answers
 * 405 Method Not Allowed to the advisories endpoint), the audit is reported as UNAVAILABLE — never as
 * passed — and the gate falls back to scripts/check-versions.ts: the installed next, react, react-dom
 * and next-auth must include the fixes for the CVEs the issue names. With a working registry the
 * audit decides, and the version minimums are checked as well.
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { checkVersions } from "./check-versions";

export type AuditVerdict =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "findings"; counts: Record<string, number>; packages: string[] }
  | { kind: "unavailable"; reason: string };

/** Read `npm audit --json` output: the verdict for high and critical findings. */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return { kind: "unavailable", reason: "npm audit gave no JSON report" };
  }
  const meta = report.metadata as { vulnerabilities?: Record<string, number> } | undefined;
  if (!meta?.vulnerabilities) {
    const status = typeof report.statusCode === "number" ? ` (HTTP ${report.statusCode})` : "";
    const message =
      typeof report.message === "string" ? report.message : (report.error as { summary?: string } | undefined)?.summary || "no report";
    return { kind: "unavailable", reason: `${message}${status}` };
  }
  const counts = meta.vulnerabilities;
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (serious === 0) return { kind: "clean", counts };
  const vulns = (report.vulnerabilities ?? {}) as Record<string, { severity?: string }>;
  const packages = Object.entries(vulns)
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  return { kind: "findings", counts, packages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8", timeout: 120_000 });
  const verdict = auditVerdict(run.stdout ?? "");
  let ok = true;
  if (verdict.kind === "clean") console.log(`npm audit: no high or critical findings (${JSON.stringify(verdict.counts)})`);
  if (verdict.kind === "findings") {
    ok = false;
    console.error(`npm audit: high/critical findings: ${verdict.packages.join(", ")}`);
  }
  if (verdict.kind === "unavailable")
    console.log(`npm audit: UNAVAILABLE here (${verdict.reason}); falling back to the version minimums below`);
  for (const r of checkVersions()) {
    console.log(`${r.ok ? "ok  " : "FAIL"} ${r.pkg} ${r.installed} (minimum ${r.min}: ${r.why})`);
    if (!r.ok) ok = false;
  }
  process.exit(ok ? 0 : 1);
}
